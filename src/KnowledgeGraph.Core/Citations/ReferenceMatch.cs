namespace KnowledgeGraph.Core.Citations;

/// <summary>The candidate a reference string was matched to, how sure the matcher is (0–1), and by what.</summary>
/// <param name="Candidate">The matched paper.</param>
/// <param name="Confidence">1 for an id match; for a title match the title, year and author score.</param>
/// <param name="ById">True when an arXiv id or DOI in the string matched the candidate's ids.</param>
public sealed record ReferenceMatch(ReferenceCandidate Candidate, double Confidence, bool ById);

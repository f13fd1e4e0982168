namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>A stored (Paper)-[:RELATED_TO]->(Paper) recommendation: rank (1 = best), score and human-readable reasons.</summary>
public sealed record RelatedPaper(string FromId, string ToId, int Rank, double Score, IReadOnlyList<string> Reasons);

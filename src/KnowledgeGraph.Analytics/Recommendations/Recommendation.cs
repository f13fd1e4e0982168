namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>A related paper: its score, the parts of the score and human-readable reasons, strongest first.</summary>
public sealed record Recommendation(int Paper, string Id, string Title, double Score, ScoreParts Parts, IReadOnlyList<Reason> Reasons);

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>A CITES edge: <paramref name="CitingId"/> cites <paramref name="CitedId"/>.</summary>
public sealed record CitationInput(string CitingId, string CitedId);

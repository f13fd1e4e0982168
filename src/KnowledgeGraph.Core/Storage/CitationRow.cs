namespace KnowledgeGraph.Core.Storage;

/// <summary>A CITES edge by paper ids: <paramref name="CitingId"/> cites <paramref name="CitedId"/>.</summary>
public sealed record CitationRow(string CitingId, string CitedId);

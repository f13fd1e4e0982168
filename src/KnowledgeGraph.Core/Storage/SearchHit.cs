namespace KnowledgeGraph.Core.Storage;

/// <summary>A full-text search hit: the paper, its rank score (higher is better) and a snippet with the match.</summary>
public sealed record SearchHit(PaperNode Paper, double Score, string Snippet);

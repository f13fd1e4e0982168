namespace KnowledgeGraph.Analytics.Export;

/// <summary>Analytics properties of one Paper node.</summary>
public sealed record PaperMetrics(string PaperId, double PageRank, int? Community, int CitationCount, int Component);

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>A paper with its analytics properties (null until <c>kg analyze</c> ran).</summary>
public sealed record PaperSummary(PaperNode Paper, double? PageRank, int? CitationCount, int? Community)
{
    public string Id => Paper.Id;
}

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>
/// What <see cref="IGraphReadModel.GetPapersAsync"/> looks for. Entity filters take canonical names (any case) or
/// entity ids (<c>dataset:imagenet</c>); all given filters must hold.
/// </summary>
public sealed record PaperQuery
{
    /// <summary>Full-text search over title and abstract (every word must match). Null: every real paper.</summary>
    public string? Search { get; init; }
    public string? Dataset { get; init; }
    public string? Method { get; init; }
    public string? Task { get; init; }
    public string? Concept { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public int? Community { get; init; }
    /// <summary>Null: relevance when searching, else PageRank.</summary>
    public PaperOrder? Order { get; init; }
    public PageRequest Page { get; init; } = new(20);
}

/// <summary>How a paper list is ordered.</summary>
public enum PaperOrder
{
    Relevance,
    PageRank,
    Citations,
    Newest,
    Oldest,
    Title,
}

/// <summary>What "top" papers are ranked by.</summary>
public enum PaperRanking
{
    PageRank,
    Citations,
}

/// <summary>Which way a citation list goes from a paper.</summary>
public enum CitationDirection
{
    /// <summary>Papers this paper cites.</summary>
    References,
    /// <summary>Papers that cite this paper.</summary>
    CitedBy,
}

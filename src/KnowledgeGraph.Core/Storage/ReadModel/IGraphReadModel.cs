using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>
/// The read side an API serves from. Methods that answer per paper or per entity are batched: they take many ids
/// and return a lookup, so a query over N papers costs a constant number of calls, not N. Ids not found are simply
/// absent from the answer. A store implements it next to <see cref="IGraphStore"/>.
/// </summary>
public interface IGraphReadModel
{
    /// <summary>One page of papers: full-text search, filters, order, offset paging, and the total when asked for.</summary>
    Task<PaperPage> GetPapersAsync(PaperQuery query, CancellationToken cancellationToken = default);

    /// <summary>The paper id for a paper id, a <c>scheme:value</c> key (<c>arxiv:2401.00001</c>) or a bare external id.</summary>
    Task<string?> ResolvePaperIdAsync(string idOrKey, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, PaperSummary>> GetPapersByIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default);

    /// <summary>Author names of each paper, in byline order.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAuthorsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default);

    /// <summary>Every extracted entity link of each paper (PROPOSES … REPORTS), with evidence and confidence.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<PaperEntityLink>>> GetEntityLinksAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default);

    /// <summary>One page of each paper's references (<see cref="CitationDirection.References"/>) or citing papers.</summary>
    Task<IReadOnlyDictionary<string, PaperPage>> GetCitationsAsync(
        IReadOnlyCollection<string> paperIds, CitationDirection direction, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The stored RELATED_TO edges of each paper (written by analytics), best first, at most <paramref name="first"/> each.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> GetRelatedAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default);

    /// <summary>An entity by label and name (canonical name, any case, or its id slug); null when unknown.</summary>
    Task<EntityNode?> FindEntityAsync(NodeLabel label, string name, CancellationToken cancellationToken = default);

    /// <summary>One page of the papers linked to each entity (any extracted relationship), most central first.</summary>
    Task<IReadOnlyDictionary<string, PaperPage>> GetEntityPapersAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The IS_A / BROADER parents and children of each entity.</summary>
    Task<IReadOnlyDictionary<string, EntityFamily>> GetEntityFamiliesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>Reported results ranked best first (Papers-with-Code style), filtered by task, dataset and metric.</summary>
    Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default);

    /// <summary>The largest communities first.</summary>
    Task<IReadOnlyList<CommunitySummary>> GetCommunitiesAsync(int first, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PaperSummary>> GetTopPapersAsync(PaperRanking by, int first, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A fewest-hop path between two nodes (paper or entity ids) through citations and paper–entity links, either
    /// direction, of at most <paramref name="maxLength"/> edges; null when there is none that short.
    /// </summary>
    Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxLength, CancellationToken cancellationToken = default);
}

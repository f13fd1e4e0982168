using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Tests;

/// <summary>A read model that counts every call before passing it on: what the no-N+1 test measures.</summary>
internal sealed class CountingReadModel(IGraphReadModel inner) : IGraphReadModel
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    private T Count<T>(T value)
    {
        Interlocked.Increment(ref _calls);
        return value;
    }

    public Task<PaperPage> GetPapersAsync(PaperQuery query, CancellationToken cancellationToken = default) => Count(inner.GetPapersAsync(query, cancellationToken));
    public Task<string?> ResolvePaperIdAsync(string idOrKey, CancellationToken cancellationToken = default) => Count(inner.ResolvePaperIdAsync(idOrKey, cancellationToken));
    public Task<IReadOnlyDictionary<string, PaperSummary>> GetPapersByIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) => Count(inner.GetPapersByIdsAsync(paperIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAuthorsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) => Count(inner.GetAuthorsAsync(paperIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperEntityLink>>> GetEntityLinksAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) => Count(inner.GetEntityLinksAsync(paperIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, PaperPage>> GetCitationsAsync(IReadOnlyCollection<string> paperIds, CitationDirection direction, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetCitationsAsync(paperIds, direction, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> GetRelatedAsync(IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default) => Count(inner.GetRelatedAsync(paperIds, first, cancellationToken));
    public Task<EntityNode?> FindEntityAsync(NodeLabel label, string name, CancellationToken cancellationToken = default) => Count(inner.FindEntityAsync(label, name, cancellationToken));
    public Task<IReadOnlyDictionary<string, PaperPage>> GetEntityPapersAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetEntityPapersAsync(entityIds, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, EntityFamily>> GetEntityFamiliesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => Count(inner.GetEntityFamiliesAsync(entityIds, cancellationToken));
    public Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default) => Count(inner.GetLeaderboardAsync(query, cancellationToken));
    public Task<IReadOnlyList<CommunitySummary>> GetCommunitiesAsync(int first, CancellationToken cancellationToken = default) => Count(inner.GetCommunitiesAsync(first, cancellationToken));
    public Task<IReadOnlyList<PaperSummary>> GetTopPapersAsync(PaperRanking by, int first, CancellationToken cancellationToken = default) => Count(inner.GetTopPapersAsync(by, first, cancellationToken));
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatsAsync(cancellationToken));
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxLength, CancellationToken cancellationToken = default) => Count(inner.FindPathAsync(fromId, toId, maxLength, cancellationToken));
}

using System.Text.Json;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Analytics.Export;

/// <summary>Writes analytics results into any store that implements <see cref="IAnalyticsResultStore"/> (SQLite, Neo4j).</summary>
public sealed class StoreAnalyticsSink(IAnalyticsResultStore store) : IAnalyticsSink
{
    private readonly IAnalyticsResultStore _store = store;

    public Task WritePaperMetricsAsync(IReadOnlyList<PaperMetrics> batch, CancellationToken cancellationToken = default) =>
        _store.WritePaperAnalyticsAsync(batch.Select(m => new PaperAnalytics(m.PaperId, m.PageRank, m.Community, m.CitationCount)).ToList(), cancellationToken);

    public Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedEdge> edges, CancellationToken cancellationToken = default) =>
        _store.ReplaceRelatedAsync(
            sourcePaperIds,
            edges.Select(e => new RelatedPaperEdge(e.FromId, e.ToId, e.Rank, e.Score, e.Reasons, JsonSerializer.Serialize(e.Parts))).ToList(),
            cancellationToken);

    public Task WriteCommunitiesAsync(IReadOnlyList<CommunityLabel> communities, CancellationToken cancellationToken = default) =>
        _store.WriteCommunitiesAsync(communities.Select(c => new CommunitySummary(c.Id, c.Size, c.Text)).ToList(), cancellationToken);
}

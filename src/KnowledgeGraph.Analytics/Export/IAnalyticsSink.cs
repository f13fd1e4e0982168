using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Export;

/// <summary>
/// Where analytics results go back into the store. The store implements it (SQLite: UPDATE paper columns and
/// replace rows of the RELATED_TO table in one transaction per batch; Neo4j: <c>UNWIND $rows … SET p.pagerank = …</c>
/// and <c>MATCH (p)-[r:RELATED_TO]->() DELETE r</c> then <c>MERGE</c>). Calls are batched by
/// <see cref="AnalyticsWriteBack"/>; every call must be idempotent.
/// </summary>
public interface IAnalyticsSink
{
    /// <summary>Sets <c>pagerank</c>, <c>community</c> and <c>citationCount</c> (and <c>component</c>) on Paper nodes.</summary>
    Task WritePaperMetricsAsync(IReadOnlyList<PaperMetrics> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the RELATED_TO edges of every source paper in the batch with the given ones (a source paper that
    /// appears in the batch loses its old edges even when it has no new ones).
    /// </summary>
    Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedEdge> edges, CancellationToken cancellationToken = default);

    /// <summary>Stores the community labels (id, size, top entities and words) for display.</summary>
    Task WriteCommunitiesAsync(IReadOnlyList<CommunityLabel> communities, CancellationToken cancellationToken = default);
}

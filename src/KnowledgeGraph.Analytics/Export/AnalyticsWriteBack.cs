using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Export;

/// <summary>Writes a snapshot's results to an <see cref="IAnalyticsSink"/> in batches: node metrics, community labels, top-k RELATED_TO.</summary>
public static class AnalyticsWriteBack
{
    public static async Task WriteAsync(AnalyticsSnapshot snapshot, RelatedPaperRecommender recommender, IAnalyticsSink sink,
        int relatedTop = 10, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var metrics = new List<PaperMetrics>(batchSize);
        for (var p = 0; p < snapshot.PaperCount; p++)
        {
            metrics.Add(new PaperMetrics(snapshot.Ids[p], snapshot.PageRank[p], snapshot.Communities?.Membership[p],
                snapshot.CitationCount(p), snapshot.Components.Labels[p]));
            if (metrics.Count < batchSize) continue;
            await sink.WritePaperMetricsAsync(metrics, cancellationToken);
            metrics = new List<PaperMetrics>(batchSize);
        }
        if (metrics.Count > 0) await sink.WritePaperMetricsAsync(metrics, cancellationToken);
        await sink.WriteCommunitiesAsync(snapshot.CommunityLabels, cancellationToken);

        if (relatedTop <= 0) return;
        var sources = new List<string>(batchSize);
        var edges = new List<RelatedEdge>(batchSize * relatedTop);
        for (var p = 0; p < snapshot.PaperCount; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(snapshot.Ids[p]);
            var rank = 1;
            foreach (var r in recommender.Recommend(p, relatedTop))
            {
                edges.Add(new RelatedEdge(snapshot.Ids[p], r.Id, rank++, r.Score, r.Reasons.Select(x => x.Text).ToList(), r.Parts));
            }
            if (sources.Count < batchSize) continue;
            await sink.ReplaceRelatedAsync(sources, edges, cancellationToken);
            sources = new List<string>(batchSize);
            edges = new List<RelatedEdge>(batchSize * relatedTop);
        }
        if (sources.Count > 0) await sink.ReplaceRelatedAsync(sources, edges, cancellationToken);
    }
}

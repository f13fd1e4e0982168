using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Export;

/// <summary>Writes a snapshot's results to an <see cref="IAnalyticsSink"/> in batches: node metrics, community labels, top-k RELATED_TO.</summary>
public static class AnalyticsWriteBack
{
    // parallelism: threads that compute recommendations (0 = every core). Each paper's top-k is independent and the
    // recommender is thread-safe, so a batch is computed in parallel and then written in paper order.
    public static async Task WriteAsync(AnalyticsSnapshot snapshot, RelatedPaperRecommender recommender, IAnalyticsSink sink,
        int relatedTop = 10, int batchSize = 1000, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
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
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        for (var start = 0; start < snapshot.PaperCount; start += batchSize)
        {
            var count = Math.Min(batchSize, snapshot.PaperCount - start);
            var perPaper = new List<RelatedEdge>[count];
            Parallel.For(0, count, parallel, i =>
            {
                var p = start + i;
                var rank = 1;
                var edges = new List<RelatedEdge>(relatedTop);
                foreach (var r in recommender.Recommend(p, relatedTop))
                {
                    edges.Add(new RelatedEdge(snapshot.Ids[p], r.Id, rank++, r.Score, r.Reasons.Select(x => x.Text).ToList(), r.Parts));
                }
                perPaper[i] = edges;
            });
            var sources = new List<string>(count);
            for (var i = 0; i < count; i++) sources.Add(snapshot.Ids[start + i]);
            await sink.ReplaceRelatedAsync(sources, [.. perPaper.SelectMany(e => e)], cancellationToken);
        }
    }
}

using KnowledgeGraph.Analytics.Export;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Analytics.Tests.Recommendations;

namespace KnowledgeGraph.Analytics.Tests.Export;

public class AnalyticsWriteBackTests
{
    [Fact]
    public async Task WriteAsync_SendsMetricsCommunitiesAndRelatedInBatches()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());
        var sink = new RecordingSink();

        await AnalyticsWriteBack.WriteAsync(snapshot, new RelatedPaperRecommender(snapshot), sink, relatedTop: 2, batchSize: 3);

        Assert.Equal(3, sink.MetricBatches);
        Assert.Equal(8, sink.Metrics.Count);
        Assert.Equal(2, sink.Metrics.Single(m => m.PaperId == "p5").CitationCount);
        Assert.Equal(1.0, sink.Metrics.Sum(m => m.PageRank), 1e-9);
        Assert.Equal(8, sink.Sources.Count);
        Assert.Contains(sink.Related, e => e.FromId == "p0" && e.ToId == "p1" && e.Rank == 1 && e.Reasons.Count > 0);
        Assert.All(sink.Related, e => Assert.Equal(e.Score, e.Parts.Total, 1e-12));
        Assert.NotEmpty(sink.Communities);
    }

    private sealed class RecordingSink : IAnalyticsSink
    {
        public int MetricBatches { get; private set; }
        public List<PaperMetrics> Metrics { get; } = [];
        public List<string> Sources { get; } = [];
        public List<RelatedEdge> Related { get; } = [];
        public List<CommunityLabel> Communities { get; } = [];

        public Task WritePaperMetricsAsync(IReadOnlyList<PaperMetrics> batch, CancellationToken cancellationToken = default)
        {
            MetricBatches++;
            Metrics.AddRange(batch);
            return Task.CompletedTask;
        }

        public Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedEdge> edges, CancellationToken cancellationToken = default)
        {
            Sources.AddRange(sourcePaperIds);
            Related.AddRange(edges);
            return Task.CompletedTask;
        }

        public Task WriteCommunitiesAsync(IReadOnlyList<CommunityLabel> communities, CancellationToken cancellationToken = default)
        {
            Communities.AddRange(communities);
            return Task.CompletedTask;
        }
    }
}

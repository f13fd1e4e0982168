using System.Diagnostics;
using KnowledgeGraph.Analytics.Export;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Analytics.Refresh;

/// <summary>
/// The <c>kg analyze</c> pipeline as one reusable step: project the stored graph into a new snapshot, publish it to
/// the <see cref="AnalyticsSnapshotHolder"/> (readers switch to it atomically), then write PageRank, communities and
/// top-k RELATED_TO edges back to the store. Used by <c>kg analyze</c> and by the inbox worker after new papers.
/// </summary>
public sealed class AnalyticsRefresher
{
    private readonly IGraphSnapshotSource _source;
    private readonly IAnalyticsResultStore _results;
    private readonly AnalyticsSnapshotHolder _holder;
    private readonly AnalyticsRefreshOptions _options;

    public AnalyticsRefresher(IGraphSnapshotSource source, IAnalyticsResultStore results, AnalyticsSnapshotHolder holder, AnalyticsRefreshOptions? options = null)
    {
        _source = source;
        _results = results;
        _holder = holder;
        _options = options ?? new AnalyticsRefreshOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.RelatedTop, nameof(options));
    }

    public async Task<AnalyticsRefreshResult> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = await _holder.RebuildAsync(_source, _options.Snapshot, cancellationToken);
        var projected = clock.Elapsed;
        if (_options.WriteBack)
        {
            var recommender = new RelatedPaperRecommender(snapshot);
            await AnalyticsWriteBack.WriteAsync(snapshot, recommender, new StoreAnalyticsSink(_results), _options.RelatedTop, parallelism: _options.Parallelism, cancellationToken: cancellationToken);
        }
        return new AnalyticsRefreshResult(snapshot.PaperCount, snapshot.CommunityLabels.Count, projected, clock.Elapsed - projected, snapshot.BuiltAt);
    }
}

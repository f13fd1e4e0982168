using System.Threading.Channels;
using KnowledgeGraph.Analytics.Refresh;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Analytics;

/// <summary>
/// Refreshes analytics after the graph changed, debounced: a refresh starts once no change has been reported for
/// <c>debounce</c>, or <c>maxDelay</c> after the first unrefreshed change, whichever comes first. It runs beside the
/// ingest (the snapshot is built off to the side and published with one reference swap), so readers never wait.
/// </summary>
internal sealed class AnalyticsRefreshLoop(
    AnalyticsRefresher refresher, IInboxCheckpointStore checkpoints, IngestStatusTracker tracker, TimeProvider time,
    TimeSpan debounce, TimeSpan maxDelay, ILogger logger)
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _lastChangeTicks;

    /// <summary>Says the graph changed; cheap, never blocks.</summary>
    public void MarkChanged()
    {
        Interlocked.Exchange(ref _lastChangeTicks, time.GetUtcNow().UtcTicks);
        tracker.SetAnalyticsPending(true);
        _changes.Writer.TryWrite(true);
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                _changes.Reader.TryRead(out _);
                var first = time.GetUtcNow();
                while (true)
                {
                    var last = new DateTimeOffset(Interlocked.Read(ref _lastChangeTicks), TimeSpan.Zero);
                    var due = Min(last + debounce, first + maxDelay) - time.GetUtcNow();
                    if (due <= TimeSpan.Zero) break;
                    await Task.Delay(due, time, stoppingToken);
                }
                _changes.Reader.TryRead(out _); // changes up to now are covered by this refresh
                tracker.SetAnalyticsPending(false);
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a refresh in progress is abandoned; the published snapshot stays valid and write-back batches are each atomic.
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await refresher.RefreshAsync(stoppingToken);
            await checkpoints.RecordAnalyticsRefreshAsync(
                new AnalyticsRefreshRecord(time.GetUtcNow(), result.Papers, result.Communities, result.Total.TotalSeconds), stoppingToken);
            WorkerLog.AnalyticsRefreshed(logger, result.Papers, result.Communities, result.ProjectTime.TotalSeconds, result.WriteBackTime.TotalSeconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WorkerLog.AnalyticsFailed(logger, ex);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

using System.Threading.Channels;
using KnowledgeGraph.Worker.Analytics;
using KnowledgeGraph.Worker.Inbox;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker;

/// <summary>
/// The hosted worker: watches the inbox folders (file-system events plus a periodic scan, for file systems that
/// raise no events), takes each complete file through <see cref="InboxFileProcessor"/>, moves it out of the inbox,
/// and asks for a debounced analytics refresh after new papers. One file at a time; a file that keeps failing is
/// quarantined after <see cref="InboxWorkerOptions.MaxAttempts"/>, so nothing stays in the inbox forever.
/// On stop the batch in flight commits (or rolls back) and nothing new starts.
/// </summary>
public sealed class InboxWorker : BackgroundService
{
    private readonly InboxWorkerOptions _options;
    private readonly IReadOnlyList<InboxFolder> _inboxes;
    private readonly InboxFileProcessor _processor;
    private readonly AnalyticsRefreshLoop? _analytics;
    private readonly IngestStatusTracker _tracker;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWorker> _logger;
    private readonly InboxScanner _scanner;
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    internal InboxWorker(InboxWorkerOptions options, InboxFileProcessor processor, AnalyticsRefreshLoop? analytics,
        IngestStatusTracker tracker, TimeProvider time, ILogger<InboxWorker> logger)
    {
        _options = options;
        _inboxes = InboxFolder.From(options);
        _processor = processor;
        _analytics = analytics;
        _tracker = tracker;
        _time = time;
        _logger = logger;
        _scanner = new InboxScanner(time, options.StableFor);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; this loop runs for the life of the process
        foreach (var inbox in _inboxes) Directory.CreateDirectory(inbox.Path);
        WorkerLog.Started(_logger, string.Join(", ", _inboxes.Select(i => i.Path)),
            string.Join(", ", _inboxes.Select(i => i.Processed).Distinct()), string.Join(", ", _inboxes.Select(i => i.Quarantine).Distinct()));
        var watchers = _inboxes.Select(Watch).ToList();
        var analytics = _analytics is null ? Task.CompletedTask : Task.Run(() => _analytics.RunAsync(stoppingToken), CancellationToken.None);
        _tracker.SetRunning(true);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ProcessReadyFilesAsync(stoppingToken);
                await WaitAsync(_scanner.HasPending ? Min(_options.StableFor, _options.ScanInterval) : _options.ScanInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            WorkerLog.Stopping(_logger);
        }
        finally
        {
            _tracker.SetRunning(false);
            foreach (var watcher in watchers) watcher?.Dispose();
            await analytics;
        }
    }

    private async Task ProcessReadyFilesAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<InboxCandidate> ready;
        try
        {
            ready = _scanner.Scan(_inboxes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WorkerLog.ScanFailed(_logger, ex);
            return;
        }
        foreach (var candidate in ready)
        {
            stoppingToken.ThrowIfCancellationRequested();
            if (!File.Exists(candidate.Path)) continue;
            try
            {
                var result = await _processor.ProcessAsync(candidate, stoppingToken);
                _failures.Remove(candidate.Path);
                if (result == InboxFileResult.Ingested) _analytics?.MarkChanged();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await FailedAsync(candidate, ex, stoppingToken);
            }
            _scanner.Forget(candidate.Path);
        }
    }

    /// <summary>A failure that is not a bad record (a reader bug, a full disk): try again later, quarantine after too many.</summary>
    private async Task FailedAsync(InboxCandidate candidate, Exception ex, CancellationToken stoppingToken)
    {
        var attempt = _failures.GetValueOrDefault(candidate.Path) + 1;
        _failures[candidate.Path] = attempt;
        WorkerLog.FileFailed(_logger, ex, candidate.Path, attempt, _options.MaxAttempts);
        if (attempt < _options.MaxAttempts) return;
        try
        {
            await _processor.QuarantineAsync(candidate, $"processing failed {attempt} times: {ex.GetType().Name}: {ex.Message}", stoppingToken);
            _failures.Remove(candidate.Path);
        }
        catch (Exception again) when (again is not OperationCanceledException)
        {
            WorkerLog.FileFailed(_logger, again, candidate.Path, attempt, _options.MaxAttempts);
        }
    }

    private FileSystemWatcher? Watch(InboxFolder inbox)
    {
        try
        {
            var watcher = new FileSystemWatcher(inbox.Path)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => Wake();
            watcher.Changed += (_, _) => Wake();
            watcher.Renamed += (_, _) => Wake();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Without events (inotify limits, some network file systems) the periodic scan still finds every file.
            WorkerLog.ScanFailed(_logger, ex);
            return null;
        }
    }

    private void Wake() => _wake.Writer.TryWrite(true);

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(delay, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _wake.Reader.WaitToReadAsync(linked.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The scan interval passed without events.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Tests;

/// <summary>
/// A real inbox worker on a fresh folder and SQLite file: built with <see cref="InboxWorkerServiceCollectionExtensions.AddInboxWorker"/>
/// as a host would, started and stopped like a hosted service. Waits poll the status with a generous timeout.
/// </summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly ServiceProvider _provider;
    private readonly IHostedService _worker;
    private bool _started;

    public WorkerHarness(Action<InboxWorkerOptions>? configure = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "kg-worker-tests", Guid.NewGuid().ToString("N"));
        Inbox = Path.Combine(Root, "inbox");
        Directory.CreateDirectory(Inbox);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(_ => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = Path.Combine(Root, "kg.db") }));
        services.AddSingleton<IInboxCheckpointStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IGraphSnapshotSource>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IAnalyticsResultStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddInboxWorker(o =>
        {
            o.Inboxes.Add(Inbox);
            o.StableFor = TimeSpan.FromMilliseconds(200);
            o.ScanInterval = TimeSpan.FromMilliseconds(500);
            o.AnalyticsDebounce = TimeSpan.FromMilliseconds(200);
            o.Analytics = false;
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
        _worker = _provider.GetServices<IHostedService>().Single();
    }

    public string Root { get; }
    public string Inbox { get; }
    public string Processed => Path.Combine(Inbox, "processed");
    public string Quarantine => Path.Combine(Inbox, "quarantine");
    public SqliteGraphStore Store => _provider.GetRequiredService<SqliteGraphStore>();
    public IIngestStatus Status => _provider.GetRequiredService<IIngestStatus>();
    public AnalyticsSnapshotHolder Snapshots => _provider.GetRequiredService<AnalyticsSnapshotHolder>();

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public async Task StartAsync()
    {
        await Store.InitializeAsync();
        await _worker.StartAsync(CancellationToken.None);
        _started = true;
    }

    /// <summary>Drops a file the way writers should: copied under a .tmp name, then renamed into the inbox.</summary>
    public string Drop(string source, string? name = null)
    {
        name ??= Path.GetFileName(source);
        var staged = Path.Combine(Inbox, name + ".tmp");
        File.Copy(source, staged);
        var target = Path.Combine(Inbox, name);
        File.Move(staged, target);
        return target;
    }

    public async Task<InboxStatus> WaitForFilesAsync(int finished)
    {
        var status = await WaitUntilAsync(s => s.Stored.FilesDone + s.Stored.FilesQuarantined >= finished && s.CurrentFile is null && InboxIsEmpty());
        return status.Stored;
    }

    public async Task<IngestStatusReport> WaitUntilAsync(Func<IngestStatusReport, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var status = await Status.GetAsync();
            if (condition(status)) return status;
            await Task.Delay(100, timeout.Token);
        }
    }

    public async Task<long> PaperCountAsync() => (await Store.GetStatsAsync()).Nodes.GetValueOrDefault(Core.Model.NodeLabel.Paper);

    private bool InboxIsEmpty() => !Directory.EnumerateFiles(Inbox).Any();

    public async ValueTask DisposeAsync()
    {
        if (_started) await _worker.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using KnowledgeGraph.Analytics.Refresh;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Worker.Analytics;
using KnowledgeGraph.Worker.Inbox;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker;

/// <summary>Adds the inbox worker to a host (the worker alone, or beside the API).</summary>
public static class InboxWorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InboxWorker"/> as a hosted service, its options (validated at start) and
    /// <see cref="IIngestStatus"/>. The host must register the store: <see cref="IInboxCheckpointStore"/>, plus
    /// <see cref="IGraphSnapshotSource"/> and <see cref="IAnalyticsResultStore"/> when analytics are on (the SQLite
    /// store is all three). <see cref="AnalyticsSnapshotHolder"/> and <see cref="TimeProvider"/> are added when
    /// missing, so an API that already publishes snapshots shares its holder with the worker.
    /// </summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services, Action<InboxWorkerOptions> configure)
    {
        services.AddOptions<InboxWorkerOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboxWorkerOptions>, InboxWorkerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AnalyticsSnapshotHolder>();
        services.TryAddSingleton<IngestStatusTracker>();
        services.TryAddSingleton<IIngestStatus, IngestStatus>();
        services.AddHostedService(CreateWorker);
        return services;
    }

    private static InboxWorker CreateWorker(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<InboxWorkerOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var tracker = services.GetRequiredService<IngestStatusTracker>();
        var checkpoints = services.GetRequiredService<IInboxCheckpointStore>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var linker = options.Link ? PaperLinker.Create(new LinkerOptions { UserVocabularyPaths = options.VocabularyPaths }) : null;
        var processor = new InboxFileProcessor(PaperFileReader.CreateDefault(), checkpoints, linker is null ? null : linker.ToUpsert,
            options, tracker, time, loggers.CreateLogger<InboxFileProcessor>());
        AnalyticsRefreshLoop? analytics = null;
        if (options.Analytics)
        {
            var refresher = new AnalyticsRefresher(
                services.GetRequiredService<IGraphSnapshotSource>(), services.GetRequiredService<IAnalyticsResultStore>(),
                services.GetRequiredService<AnalyticsSnapshotHolder>(), new AnalyticsRefreshOptions { RelatedTop = options.RelatedTop, Parallelism = Math.Max(1, Environment.ProcessorCount - 1) });
            analytics = new AnalyticsRefreshLoop(refresher, checkpoints, tracker, time, options.AnalyticsDebounce, options.AnalyticsMaxDelay,
                loggers.CreateLogger<AnalyticsRefreshLoop>());
        }
        return new InboxWorker(options, processor, analytics, tracker, time, loggers.CreateLogger<InboxWorker>());
    }
}

using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Ingest;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Api.Status;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Registers the GraphQL API so any host (kg serve, the worker) can serve it.</summary>
public static class KnowledgeGraphApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the schema, the HTTP endpoint, the per-request loaders and, unless the host registered its own, the SQLite
    /// store and read model over <see cref="KnowledgeGraphApiOptions.DatabasePath"/> and a linker for the ingest mutation.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services, Action<KnowledgeGraphApiOptions>? configure = null)
    {
        // The engine's limits are fixed when the schema is built, so they are read from the same configuration up front.
        var settings = new KnowledgeGraphApiOptions();
        configure?.Invoke(settings);
        var options = services.AddOptions<KnowledgeGraphApiOptions>();
        if (configure is not null) options.Configure(configure);
        options.ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(sp => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = sp.GetRequiredService<IOptions<KnowledgeGraphApiOptions>>().Value.DatabasePath }));
        services.TryAddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.TryAddSingleton<IInboxCheckpointStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.TryAddSingleton<CheckpointIngestStatus>();
        services.TryAddSingleton<IGraphReadModel>(sp => new SqliteGraphReadModel(
            sp.GetRequiredService<SqliteGraphStore>(),
            new SqliteReadModelOptions { PaperPageCacheEntries = sp.GetRequiredService<IOptions<KnowledgeGraphApiOptions>>().Value.PaperPageCacheEntries }));
        // Loading the vocabulary takes a moment and only the mutation needs it.
        services.TryAddSingleton(_ => new Lazy<PaperLinker>(() => PaperLinker.Create()));
        services.TryAddSingleton<ApiIngestService>();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<GraphQLHttpEndpoint>();

        services.AddGraphQL(b => b
            .AddSystemTextJson()
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = settings.MaxDepth;
                c.MaxComplexity = settings.MaxComplexity;
            })
            .AddErrorInfoProvider((o, sp) => o.ExposeExceptionDetails = sp.GetService<IHostEnvironment>()?.IsDevelopment() == true)
            .WithTimeout(settings.Timeout, TimeoutAction.ReturnTimeoutError)
            .ConfigureExecution<ValidatedDocumentCache>()
            .ConfigureExecutionOptions(o =>
            {
                o.UnhandledExceptionDelegate = context =>
                {
                    var logger = o.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("KnowledgeGraph.Api");
                    logger?.LogError(context.OriginalException, "GraphQL field failed: {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
                    return Task.CompletedTask;
                };
            }));
        return services;
    }
}

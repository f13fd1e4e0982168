using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli;

/// <summary>Registers the SQLite store as every store interface the worker (and the API) need: one instance, one writer.</summary>
internal static class WorkerHost
{
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(_ => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath }));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IInboxCheckpointStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IGraphSnapshotSource>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IAnalyticsResultStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}

using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.ReadModel;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli;

/// <summary>Registers one store as every store interface the worker (and the API) need: one instance, one writer.</summary>
internal static class WorkerHost
{
    /// <summary>The store <c>--store</c> names: <c>sqlite</c> (the file at <paramref name="databasePath"/>) or <c>neo4j</c> (KG_NEO4J_* variables).</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, string kind, string databasePath) =>
        kind == StoreFactory.Neo4j ? services.AddNeo4jGraphStore(Neo4jStoreOptions.FromEnvironment()) : services.AddSqliteGraphStore(databasePath);

    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(_ => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath }));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IInboxCheckpointStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IGraphSnapshotSource>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IAnalyticsResultStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }

    /// <summary>The Neo4j store with its checkpoint nodes and, for the API, its read model (registered before the API's SQLite defaults).</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Neo4jStoreOptions options)
    {
        services.AddSingleton(_ => new Neo4jGraphStore(options));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IInboxCheckpointStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphSnapshotSource>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IAnalyticsResultStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphReadModel>(sp => new Neo4jGraphReadModel(sp.GetRequiredService<Neo4jGraphStore>()));
        return services;
    }
}

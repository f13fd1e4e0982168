using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli;

/// <summary>Opens the configured store, creating its schema on first use.</summary>
internal static class StoreFactory
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";

    public static Task<IGraphStore> OpenAsync(string databasePath, CancellationToken cancellationToken) =>
        OpenAsync(Sqlite, databasePath, cancellationToken);

    /// <summary><paramref name="kind"/> is <c>sqlite</c> (the file at <paramref name="databasePath"/>) or <c>neo4j</c> (configured from KG_NEO4J_* variables).</summary>
    public static async Task<IGraphStore> OpenAsync(string kind, string databasePath, CancellationToken cancellationToken)
    {
        IGraphStore store = kind switch
        {
            Neo4j => new Neo4jGraphStore(Neo4jStoreOptions.FromEnvironment()),
            _ => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath }),
        };
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return store;
    }

    /// <summary>Where the store lives, for messages (never with credentials).</summary>
    public static string Describe(string kind, string databasePath) =>
        kind == Neo4j ? "neo4j at " + Neo4jStoreOptions.FromEnvironment().Uri : databasePath;
}

using System.CommandLine;
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

    /// <summary>The store the command line names: <c>--store</c> (or <c>KG_STORE</c>) and <c>--db</c>.</summary>
    public static Task<IGraphStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        OpenAsync(parse.GetValue(CommonOptions.Store)!, parse.GetValue(CommonOptions.Database)!, cancellationToken);

    /// <summary>
    /// False, with an error on stderr, when the command line names a store other than SQLite for a command that only
    /// works on the SQLite file (export reads it, relink rewrites it).
    /// </summary>
    public static bool RequireSqlite(ParseResult parse, string command)
    {
        if (parse.GetValue(CommonOptions.Store) == Sqlite) return true;
        Console.Error.WriteLine($"error: {command} works on the SQLite store only (--store sqlite); load Neo4j with kg ingest --store neo4j or kg export");
        return false;
    }

    /// <summary>Where the store the command line names lives, for messages.</summary>
    public static string Describe(ParseResult parse) => Describe(parse.GetValue(CommonOptions.Store)!, parse.GetValue(CommonOptions.Database)!);

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

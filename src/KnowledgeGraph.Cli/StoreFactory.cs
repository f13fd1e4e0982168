using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli;

/// <summary>Opens the configured store, creating its schema on first use.</summary>
internal static class StoreFactory
{
    public static async Task<IGraphStore> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath });
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}

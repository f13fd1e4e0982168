using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Contract;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The store contract, each test on its own temporary database file.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests
{
    private readonly List<TempDatabase> _databases = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var database = new TempDatabase();
        _databases.Add(database);
        var store = new SqliteGraphStore(database.Options);
        await store.InitializeAsync();
        return store;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var database in _databases) database.Dispose();
    }
}

using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.ReadModel;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The bundled trending-papers sample ingested and linked the same way into a fresh SQLite file and an emptied Neo4j,
/// with each store's read model over it. Does nothing when the Neo4j suites are skipped.
/// </summary>
public sealed class SampleGraphFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}");
    /// <summary>The stores, closed on dispose (held as a list: the fixture's lifetime is xUnit's IAsyncLifetime).</summary>
    private readonly List<IAsyncDisposable> _stores = [];

    public SqliteGraphReadModel Sqlite { get; private set; } = null!;
    public Neo4jGraphReadModel Neo4j { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (RequiresNeo4jAttribute.SkipReason is not null) return;
        var sample = Path.Combine(AppContext.BaseDirectory, "data", "trending-papers-page.txt");
        var linker = PaperLinker.Create();
        var sqlite = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "kg.db") });
        _stores.Add(sqlite);
        var neo4j = new Neo4jGraphStore(await Neo4jTestServer.GetOptionsAsync());
        _stores.Add(neo4j);
        await neo4j.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
        foreach (IGraphStore store in new IGraphStore[] { sqlite, neo4j })
        {
            await store.InitializeAsync();
            await new PaperIngestor(PaperFileReader.CreateDefault(), store, link: linker.ToUpsert).IngestAsync([sample]);
        }
        Sqlite = new SqliteGraphReadModel(sqlite, new SqliteReadModelOptions { PaperPageCacheEntries = 0 });
        Neo4j = new Neo4jGraphReadModel(neo4j);
    }

    public async Task DisposeAsync()
    {
        Sqlite?.Dispose();
        foreach (var store in _stores) await store.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Internal;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<SqliteGraphStore> CreateSutAsync()
    {
        var store = new SqliteGraphStore(_database.Options);
        await store.InitializeAsync();
        return store;
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_CreatesFolderAndUsesWal()
    {
        await using (await CreateSutAsync())
        {
            Assert.True(File.Exists(_database.Path));
        }

        Assert.Equal("wal", _database.Scalar("PRAGMA journal_mode") as string);
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesTheConfiguredPageSize()
    {
        await using (await CreateSutAsync())
        {
        }

        Assert.Equal(new SqliteStoreOptions().PageSizeBytes, Convert.ToInt32(_database.Scalar("PRAGMA page_size")));
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabaseWithOtherPageSize_KeepsItAndItsPapers()
    {
        await using (var old = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = _database.Path, PageSizeBytes = 4096 }))
        {
            await old.UpsertPapersAsync([Upsert(Record("Sparse mixture of experts routing", arxiv: "2401.00001"))]);
        }

        await using var store = await CreateSutAsync();

        Assert.Equal(4096, Convert.ToInt32(_database.Scalar("PRAGMA page_size")));
        Assert.NotNull(await store.GetPaperAsync("arxiv:2401.00001"));
    }

    [Fact]
    public async Task InitializeAsync_VersionFiveDatabase_MigratesToSixAndKeepsThePapers()
    {
        await using (var old = await CreateSutAsync())
        {
            await old.UpsertPapersAsync([Upsert(Record("Sparse mixture of experts routing", arxiv: "2401.00001", references: [CitesArxiv("2401.00009")]))]);
        }
        // What a version-5 file looks like: no bulk_load_deferred table, user_version 5.
        using (var connection = _database.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DROP TABLE bulk_load_deferred; DELETE FROM schema_version WHERE version = 6; PRAGMA user_version = 5";
            command.ExecuteNonQuery();
        }

        await using var store = await CreateSutAsync();
        var stats = await store.GetStatsAsync();

        Assert.Equal(6, Convert.ToInt32(_database.Scalar("PRAGMA user_version")));
        Assert.Equal(0L, _database.Scalar("SELECT count(*) FROM bulk_load_deferred"));
        Assert.Equal(1, stats.Nodes[NodeLabel.Paper]);
        Assert.Equal(1, stats.StubPapers);
        Assert.Equal(1, stats.Relationships[RelationshipType.Cites]);
        Assert.Equal("arxiv:2401.00001", Assert.Single(await store.SearchAsync("routing", 5)).Paper.Id);
    }

    [Fact]
    public void Constructor_PageSizeNotAPowerOfTwo_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = _database.Path, PageSizeBytes = 10_000 }));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_RecordsLatestSchemaVersion()
    {
        await using (await CreateSutAsync())
        {
        }

        var latest = SchemaMigrator.LoadScripts()[^1].Version;
        Assert.Equal(latest, Convert.ToInt32(_database.Scalar("PRAGMA user_version")));
        Assert.Equal(latest, Convert.ToInt32(_database.Scalar("SELECT max(version) FROM schema_version")));
    }

    [Fact]
    public async Task InitializeAsync_TwoStoresOnOneFile_AppliesSchemaOnce()
    {
        await using var first = await CreateSutAsync();
        await using var second = await CreateSutAsync();

        Assert.Equal(SchemaMigrator.LoadScripts().Count, Convert.ToInt32(_database.Scalar("SELECT count(*) FROM schema_version")));
    }

    [Fact]
    public void LoadScripts_EmbeddedResources_StartWithVersionOneAndHoldTheTables()
    {
        var scripts = SchemaMigrator.LoadScripts();

        Assert.Equal(1, scripts[0].Version);
        Assert.Contains("CREATE TABLE papers", scripts[0].Sql, StringComparison.Ordinal);
        Assert.Contains("USING fts5", scripts[0].Sql, StringComparison.Ordinal);
        Assert.Equal(scripts.OrderBy(s => s.Version).Select(s => s.Version), scripts.Select(s => s.Version));
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabase_KeepsData()
    {
        await using (var store = await CreateSutAsync())
        {
            await store.UpsertPapersAsync([Upsert(Record("Persisted paper", arxiv: "2401.00001", abstractText: "durable words"))]);
        }

        await using var reopened = await CreateSutAsync();

        Assert.NotNull(await reopened.GetPaperAsync("2401.00001"));
        Assert.Single(await reopened.SearchAsync("durable", 5));
        var again = await reopened.UpsertPapersAsync([Upsert(Record("Persisted paper", arxiv: "2401.00001", abstractText: "durable words"))]);
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task UpsertPapersAsync_AnotherStoreWroteMeanwhile_ResolvesItsPapers()
    {
        await using var first = await CreateSutAsync();
        await using var second = await CreateSutAsync();
        await first.UpsertPapersAsync([Upsert(Record("Warm-up", arxiv: "2401.00009"))]);

        await second.UpsertPapersAsync([Upsert(Record("Written by the second store", arxiv: "2401.00001"))]);
        var summary = await first.UpsertPapersAsync([Upsert(Record("Written by the second store", arxiv: "2401.00001", doi: "10.1000/late"))]);

        Assert.Equal(1, summary.Updated);
        Assert.Equal(2, (await first.GetStatsAsync()).Nodes[NodeLabel.Paper]);
    }

    [Fact]
    public async Task GetStatsAsync_WhileAnotherConnectionHoldsWriteTransaction_IsNotBlocked()
    {
        await using var store = await CreateSutAsync();
        await store.UpsertPapersAsync([Upsert(Record("Committed", arxiv: "2401.00001"))]);
        using var writer = _database.OpenRaw();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO papers (id, title, title_key) VALUES ('x:uncommitted', 'Uncommitted', 'title:0')";
            command.ExecuteNonQuery();
        }

        var stats = await store.GetStatsAsync();
        var details = await store.GetPaperAsync("2401.00001");

        Assert.Equal(1, stats.Nodes[NodeLabel.Paper]);
        Assert.NotNull(details);
    }

    [Fact]
    public async Task UpsertPapersAsync_AfterDispose_Throws()
    {
        var store = await CreateSutAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.UpsertPapersAsync([Upsert(Record("Late", arxiv: "2401.00001"))]));
    }

    [Fact]
    public async Task UpsertPapersAsync_StubsFilledAndTextChanged_FullTextIntegrityCheckPasses()
    {
        await using var store = await CreateSutAsync();
        await store.UpsertPapersAsync([Upsert(Record("Citing", arxiv: "2401.00001", abstractText: "alpha", references: [CitesArxiv("2301.00001"), CitesTitle("A stub that stays")]))]);
        await store.UpsertPapersAsync([Upsert(Record("Cited", arxiv: "2301.00001", abstractText: "beta")), Upsert(Record("Citing", arxiv: "2401.00001", abstractText: "gamma"))]);

        using var connection = _database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)";
        command.ExecuteNonQuery();
        Assert.Single(await store.SearchAsync("beta", 5));
        Assert.Single(await store.SearchAsync("gamma", 5));
        Assert.Empty(await store.SearchAsync("alpha", 5));
    }

    [Fact]
    public void Constructor_ConnectionString_WinsOverDatabasePath()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { ConnectionString = $"Data Source={_database.Path}" });

        Assert.Equal(_database.Path, store.DatabasePath);
        Assert.EndsWith("kg.db", SqliteStoreOptions.DefaultDatabasePath, StringComparison.Ordinal);
    }
}

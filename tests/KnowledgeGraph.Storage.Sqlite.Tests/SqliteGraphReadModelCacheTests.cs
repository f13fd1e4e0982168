using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The paper-page cache answers repeated queries, but never with a page older than the last commit.</summary>
public sealed class SqliteGraphReadModelCacheTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GetPapersAsync_AnotherStoreCommitsBetweenTwoSearches_SecondSearchSeesTheNewPaper()
    {
        await using var store = new SqliteGraphStore(_database.Options);
        await store.UpsertPapersAsync([Upsert(Record("Wombat transformers", arxiv: "2401.00001", abstractText: "burrowing attention"))]);
        using var readModel = new SqliteGraphReadModel(store);
        var query = new PaperQuery { Search = "wombat" };
        var before = await readModel.GetPapersAsync(query);
        var again = await readModel.GetPapersAsync(query);

        // A second store is a second connection, as another process (kg ingest, the worker) would be.
        await using (var other = new SqliteGraphStore(_database.Options))
        {
            await other.UpsertPapersAsync([Upsert(Record("Wombat graph networks", arxiv: "2401.00002", abstractText: "more burrows"))]);
        }
        var after = await readModel.GetPapersAsync(query);

        Assert.Equal(1, before.TotalCount);
        Assert.Same(before, again);
        Assert.Equal(2, after.TotalCount);
        Assert.Equal(2, after.Items.Count);
    }

    [Fact]
    public async Task GetPapersAsync_CacheOff_AnswersTheSameAsCacheOn()
    {
        await using var store = new SqliteGraphStore(_database.Options);
        await store.UpsertPapersAsync(
        [
            Upsert(Record("Wombat transformers", arxiv: "2401.00001", abstractText: "wombat wombat attention")),
            Upsert(Record("Koala embeddings", arxiv: "2401.00002", abstractText: "a wombat appears once")),
            Upsert(Record("Unrelated title", arxiv: "2401.00003", abstractText: "nothing here")),
        ]);
        using var cached = new SqliteGraphReadModel(store);
        using var uncached = new SqliteGraphReadModel(store, new SqliteReadModelOptions { PaperPageCacheEntries = 0 });
        var query = new PaperQuery { Search = "wombat", Page = new PageRequest(1) };

        var fromCache = await cached.GetPapersAsync(query);
        var direct = await uncached.GetPapersAsync(query);
        var secondPage = await uncached.GetPapersAsync(query with { Page = new PageRequest(1, 1) });

        Assert.Equal(direct.Items.Select(p => p.Id), fromCache.Items.Select(p => p.Id));
        Assert.Equal(2, direct.TotalCount);
        Assert.True(direct.HasNextPage);
        Assert.False(secondPage.HasNextPage);
        Assert.Equal("Wombat transformers", direct.Items[0].Paper.Title);
        Assert.Equal("Koala embeddings", secondPage.Items[0].Paper.Title);
    }
}

using System.Globalization;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The writer skips node upserts and entity edges it knows can change nothing (a linked ingest named the same method
/// for every paper); what it skips must be exactly what SQLite would have ignored.
/// </summary>
public sealed class LinkWriterCacheTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task UpsertPapersAsync_DiscoveredNodeNamedByVocabularyLater_IsNoLongerDiscovered()
    {
        await using var store = new SqliteGraphStore(_database.Options);
        await store.InitializeAsync();

        await store.UpsertPapersAsync([Upsert(Record("Paper A", arxiv: "2401.00001"), Discovered("FooNet"))]);
        Assert.Equal(1L, Discovered());
        // a second discovered mention in a later batch changes nothing
        await store.UpsertPapersAsync([Upsert(Record("Paper B", arxiv: "2401.00002"), Discovered("FooNet"))]);
        Assert.Equal(1L, Discovered());

        // the vocabulary names it (with a parent) for two papers of one batch, then a discovered mention comes again
        await store.UpsertPapersAsync(
        [
            Upsert(Record("Paper C", arxiv: "2401.00003"), Link(RelationshipType.Uses, NodeLabel.Method, "FooNet", parent: "Convolutional Neural Network")),
            Upsert(Record("Paper D", arxiv: "2401.00004"), Link(RelationshipType.Uses, NodeLabel.Method, "FooNet", parent: "Convolutional Neural Network")),
        ]);
        await store.UpsertPapersAsync([Upsert(Record("Paper E", arxiv: "2401.00005"), Discovered("FooNet"))]);

        Assert.Equal(0L, Discovered());
        Assert.Equal(1L, Count("SELECT count(*) FROM edges WHERE src = 'method:foonet' AND type = 'IS_A'"));
        Assert.Equal(5L, Count("SELECT count(*) FROM edges WHERE dst = 'method:foonet' AND type = 'USES'"));
    }

    [Fact]
    public async Task UpsertPapersAsync_RolledBackBatch_ItsNodesAreWrittenAgainByTheNext()
    {
        await using var store = new SqliteGraphStore(_database.Options);
        await store.InitializeAsync();

        // the second record has no title: the batch fails and rolls back after the first record's links were written
        await Assert.ThrowsAnyAsync<Exception>(() => store.UpsertPapersAsync(
        [
            Upsert(Record("Paper A", arxiv: "2401.00001"), Link(RelationshipType.Uses, NodeLabel.Method, "BarNet", parent: "Transformer")),
            Upsert(Record("", arxiv: "2401.00002")),
        ]));
        await store.UpsertPapersAsync([Upsert(Record("Paper B", arxiv: "2401.00003"), Link(RelationshipType.Uses, NodeLabel.Method, "BarNet", parent: "Transformer"))]);

        Assert.Equal(1L, Count("SELECT count(*) FROM nodes WHERE id = 'method:barnet'"));
        Assert.Equal(1L, Count("SELECT count(*) FROM nodes WHERE id = 'method:transformer'"));
        Assert.Equal(1L, Count("SELECT count(*) FROM edges WHERE src = 'method:barnet' AND type = 'IS_A'"));
    }

    private static EntityLink Discovered(string name) => Link(RelationshipType.Uses, NodeLabel.Method, name) with { Discovered = true };

    private long Discovered() => Count("SELECT discovered FROM nodes WHERE id = 'method:foonet'");

    private long Count(string sql) => Convert.ToInt64(_database.Scalar(sql), CultureInfo.InvariantCulture);
}

using KnowledgeGraph.Storage.Sqlite.Benchmarks;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task UpsertPapersAsync_CommittedBatch_ReachesTheDatabaseFileWhileTheStoreIsOpen()
    {
        await using var store = new SqliteGraphStore(_database.Options);
        await store.InitializeAsync();
        var emptyFile = new FileInfo(_database.Path).Length;

        // A few MiB of pages: far below the auto-checkpoint size, so without a checkpointer they would stay in the WAL
        // until the store closed.
        await store.UpsertPapersAsync([.. SyntheticPapers.Generate(2_000, seed: 3)]);

        // The copy runs on another thread: wait for it (a generous bound, not a timing claim).
        var grown = false;
        for (var attempt = 0; attempt < 200 && !grown; attempt++)
        {
            grown = new FileInfo(_database.Path).Length > emptyFile + (1 << 20);
            if (!grown) await Task.Delay(50);
        }
        Assert.True(grown, $"the database file stayed at {new FileInfo(_database.Path).Length} bytes");
    }

    [Fact]
    public async Task DisposeAsync_AfterCheckpointsRan_LeavesNoWalBehindAndKeepsEveryPaper()
    {
        var store = new SqliteGraphStore(_database.Options);
        await store.InitializeAsync();
        foreach (var batch in SyntheticPapers.Generate(1_500, seed: 4).Chunk(300)) await store.UpsertPapersAsync(batch);
        await store.DisposeAsync();

        Assert.Equal(0L, File.Exists(_database.Path + "-wal") ? new FileInfo(_database.Path + "-wal").Length : 0L);
        Assert.Equal(1_500L, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM papers WHERE is_stub = 0"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WalCheckpointer_ItsConnectionCannotOpen_CommitsAndDisposalStillSucceed()
    {
        var checkpointer = new Internal.WalCheckpointer(() => throw new Microsoft.Data.Sqlite.SqliteException("unable to open database file", 14));

        checkpointer.Committed();
        checkpointer.Committed();

        await checkpointer.DisposeAsync();
    }
}

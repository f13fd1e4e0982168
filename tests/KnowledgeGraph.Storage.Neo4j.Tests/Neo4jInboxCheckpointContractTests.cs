using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Neo4j.Http;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The checkpoint's resume/skip semantics on a real Neo4j (KG_NEO4J_URI or Docker; skipped with the reason otherwise),
/// including the replay the HTTP store can cause when a commit's answer is lost.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jInboxCheckpointContractTests
{
    private const string Sha = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static async Task<Neo4jGraphStore> CreateSutAsync()
    {
        var store = new Neo4jGraphStore(await Neo4jTestServer.GetOptionsAsync());
        await store.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
        await store.InitializeAsync();
        return store;
    }

    private static InboxCheckpoint Checkpoint(long position, int records, InboxFileStatus status, params string[] problems) => new(
        Sha, position, records, problems.Length,
        [.. problems.Select((p, i) => new ReadProblem(new SourceLocation("papers.jsonl", "jsonl", Line: i + 1), p))], status, null, At);

    [Fact]
    public async Task CommitInboxBatchAsync_SameCheckpointTwice_CountsOnceAndKeepsProblemsOnce()
    {
        await using var store = await CreateSutAsync();
        await store.BeginInboxFileAsync(Sha, "papers.jsonl", 100, At);
        var checkpoint = Checkpoint(3, 2, InboxFileStatus.InProgress, "no title");

        await store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752")), Upsert(Record("Vision Mamba", arxiv: "2401.09417"))], checkpoint);
        await store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752")), Upsert(Record("Vision Mamba", arxiv: "2401.09417"))], checkpoint);

        var file = await store.GetInboxFileAsync(Sha);
        Assert.Equal((3L, 2L, 1L), (file!.Position, file.RecordsCommitted, file.Problems));
        Assert.Equal("papers.jsonl:1: no title", Assert.Single(await store.GetInboxProblemsAsync(Sha, 10)).ToString());
        Assert.Equal(2, (await store.GetStatsAsync()).Nodes[Core.Model.NodeLabel.Paper]);
    }

    [Fact]
    public async Task CommitInboxBatchAsync_FinalCheckpointAtTheSamePosition_StillMarksTheFileDone()
    {
        await using var store = await CreateSutAsync();
        await store.BeginInboxFileAsync(Sha, "papers.jsonl", 100, At);
        await store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752"))], Checkpoint(1, 1, InboxFileStatus.InProgress));

        await store.CommitInboxBatchAsync([], Checkpoint(1, 0, InboxFileStatus.Done));

        var status = await store.GetInboxStatusAsync(5);
        Assert.Equal((1, 0, 1L), (status.FilesDone, status.FilesInProgress, status.RecordsCommitted));
    }

    [Fact]
    public async Task CommitInboxBatchAsync_FileNeverBegun_ThrowsAndWritesNoPaper()
    {
        await using var store = await CreateSutAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752"))], Checkpoint(1, 1, InboxFileStatus.InProgress)));

        Assert.Equal(0, (await store.GetStatsAsync()).Nodes[Core.Model.NodeLabel.Paper]);
        Assert.Null(await store.GetInboxFileAsync(Sha));
    }

    [Fact]
    public async Task RecordAnalyticsRefreshAsync_Twice_StatusShowsTheLast()
    {
        await using var store = await CreateSutAsync();

        await store.RecordAnalyticsRefreshAsync(new AnalyticsRefreshRecord(At, 10, 2, 0.5));
        await store.RecordAnalyticsRefreshAsync(new AnalyticsRefreshRecord(At.AddMinutes(1), 68, 7, 1.5));

        Assert.Equal(new AnalyticsRefreshRecord(At.AddMinutes(1), 68, 7, 1.5), (await store.GetInboxStatusAsync(1)).LastAnalyticsRefresh);
    }
}

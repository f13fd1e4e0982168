using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage.Inbox;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The inbox checkpoint's statements: where they go (the batch's own transaction), what they carry, and how answers map.</summary>
public sealed class Neo4jInboxCheckpointProtocolTests : IAsyncLifetime
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore CreateSut(Neo4jProtocol protocol = Neo4jProtocol.QueryApi) =>
        new(new Neo4jStoreOptions { Uri = _server.Uri, Password = "pw", Protocol = protocol, RetryDelay = TimeSpan.FromMilliseconds(5) });

    private static InboxCheckpoint Checkpoint(long position, int problems = 0, InboxFileStatus status = InboxFileStatus.InProgress) => new(
        Sha, position, RecordsAdded: 2, ProblemCount: problems,
        [.. Enumerable.Range(1, problems).Select(i => new ReadProblem(new SourceLocation("inbox/papers.jsonl", "jsonl", Line: i), $"bad record {i}"))],
        status, MovedTo: null, At);

    private static string AdvanceAnswers(string text, string row) => text.Contains("AS advances", StringComparison.Ordinal) ? row : "[]";

    [Fact]
    public async Task CommitInboxBatchAsync_QueryApi_PapersAndCheckpointInOneTransactionThenOneCommit()
    {
        _server.RowsFor = text => AdvanceAnswers(text, "[[5, true]]");
        await using var store = CreateSut();
        await store.InitializeAsync();
        var before = _server.Requests.Count;

        await store.CommitInboxBatchAsync([Upsert(Record("Vision Mamba", arxiv: "2401.09417"))], Checkpoint(position: 3, problems: 2));

        var requests = _server.Requests.Skip(before).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1), r => Assert.StartsWith("/db/neo4j/query/v2/tx/tx1", r.Path, StringComparison.Ordinal));
        Assert.Equal("/db/neo4j/query/v2/tx/tx1/commit", Assert.Single(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Path);
        Assert.Equal("/commit", requests[^1].Path[^7..]);
        var statements = requests.SelectMany(r => r.Statements).ToList();
        var papers = statements.FindIndex(s => s.Text.StartsWith("UNWIND $rows AS row MERGE (p:Paper", StringComparison.Ordinal));
        var advance = statements.FindIndex(s => s.Text.Contains("AS advances", StringComparison.Ordinal));
        Assert.InRange(papers, 0, advance - 1);
        var parameters = statements[advance].Parameters;
        Assert.Equal((Sha, 3, 2, 2, "in-progress"), (parameters.GetProperty("sha").GetString(), parameters.GetProperty("position").GetInt32(),
            parameters.GetProperty("records").GetInt32(), parameters.GetProperty("problemCount").GetInt32(), parameters.GetProperty("status").GetString()));
        var problems = statements[^1];
        Assert.StartsWith("UNWIND $rows AS row MERGE (x:InboxProblem", problems.Text, StringComparison.Ordinal);
        // Numbered after the 5 problems the file had: a replay MERGEs onto the same nodes.
        Assert.Equal([5, 6], problems.Parameters.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("seq").GetInt32()));
        Assert.Equal("bad record 1", problems.Parameters.GetProperty("rows")[0].GetProperty("message").GetString());
        Assert.DoesNotContain(statements, s => s.Text.Contains(Sha, StringComparison.Ordinal) || s.Text.Contains("bad record", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitInboxBatchAsync_Transactional_CheckpointSentInsideTheTransactionBeforeCommit()
    {
        _server.RowsFor = text => AdvanceAnswers(text, "[[0, true]]");
        await using var store = CreateSut(Neo4jProtocol.Transactional);
        await store.InitializeAsync();
        var before = _server.Requests.Count;

        await store.CommitInboxBatchAsync([], Checkpoint(position: 7, status: InboxFileStatus.Done));

        var requests = _server.Requests.Skip(before).ToList();
        var withAdvance = Assert.Single(requests, r => r.Statements.Any(s => s.Text.Contains("AS advances", StringComparison.Ordinal)));
        Assert.Matches("^/db/neo4j/tx(/1)?$", withAdvance.Path);
        Assert.Equal("/db/neo4j/tx/1/commit", requests[^1].Path);
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/tx/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitInboxBatchAsync_CheckpointAlreadyApplied_WritesNoProblemsAgain()
    {
        _server.RowsFor = text => AdvanceAnswers(text, "[[2, false]]");
        await using var store = CreateSut();

        await store.CommitInboxBatchAsync([], Checkpoint(position: 3, problems: 2));

        Assert.DoesNotContain(_server.Statements(), s => s.Text.Contains("InboxProblem", StringComparison.Ordinal) && s.Text.StartsWith("UNWIND", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitInboxBatchAsync_FileNeverBegun_ThrowsAndRollsBackTheBatch()
    {
        await using var store = CreateSut();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752"))], Checkpoint(1)));

        Assert.Contains(Sha, error.Message, StringComparison.Ordinal);
        Assert.Contains(_server.Requests, r => r.Method == "DELETE" && r.Path == "/db/neo4j/query/v2/tx/tx1");
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitInboxBatchAsync_CommitAnswerLost_WholeBatchAndCheckpointReplayedInANewTransaction()
    {
        _server.RowsFor = text => AdvanceAnswers(text, "[[0, true]]");
        var commits = 0;
        _server.Respond = (request, _) => request.Path.EndsWith("/commit", StringComparison.Ordinal) && Interlocked.Increment(ref commits) == 1
            ? new FakeResponse(503, "<html>proxy lost the answer</html>")
            : null;
        await using var store = CreateSut();

        await store.CommitInboxBatchAsync([Upsert(Record("Mamba", arxiv: "2312.00752"))], Checkpoint(4));

        var advances = _server.Requests.Where(r => r.Statements.Any(s => s.Text.Contains("AS advances", StringComparison.Ordinal))).Select(r => r.Path).ToList();
        Assert.Equal(["/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx2"], advances);
        // The replay is harmless because the statement itself only moves counters for a checkpoint the file has not seen.
        var advance = _server.Statements().First(s => s.Text.Contains("AS advances", StringComparison.Ordinal)).Text;
        Assert.Contains("($position > f.position OR $status <> f.status) AS advances", advance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginInboxFileAsync_NewFile_MergesTheFileNodeWithParametersAndMapsTheAnswer()
    {
        _server.RowsFor = text => text.StartsWith("MERGE (f:InboxFile", StringComparison.Ordinal)
            ? $$"""[[{"sha256":"{{Sha}}","name":"papers.jsonl","size":1024,"status":"in-progress","position":0,"recordsCommitted":0,"problems":0,"movedTo":null,"firstSeen":"2026-11-27T09:00:00.0000000+00:00","updatedAt":"2026-11-27T09:00:00.0000000+00:00"}]]"""
            : "[]";
        await using var store = CreateSut();

        var file = await store.BeginInboxFileAsync(Sha, "papers.jsonl", 1024, At);

        var merge = Assert.Single(_server.Statements(), s => s.Text.StartsWith("MERGE (f:InboxFile", StringComparison.Ordinal));
        Assert.Equal(("papers.jsonl", 1024), (merge.Parameters.GetProperty("name").GetString(), merge.Parameters.GetProperty("size").GetInt32()));
        Assert.Equal(new InboxFile(Sha, "papers.jsonl", 1024, InboxFileStatus.InProgress, 0, 0, 0, null, At, At), file);
    }

    [Fact]
    public async Task GetInboxStatusAsync_FourAnswers_MapsCountsRecentFilesProblemsAndLastRefresh()
    {
        _server.RowsFor = text =>
            text.Contains("count(*) AS files", StringComparison.Ordinal) ? """[["done", 2, 120, 3], ["quarantined", 1, 0, 1]]"""
            : text.StartsWith("MATCH (f:InboxFile) RETURN f", StringComparison.Ordinal) ? $$"""[[{"sha256":"{{Sha}}","name":"a.jsonl","size":10,"status":"done","position":9,"recordsCommitted":60,"problems":1,"movedTo":"inbox/processed/a.jsonl","firstSeen":"2026-11-27T09:00:00Z","updatedAt":"2026-11-27T09:00:00Z"}]]"""
            : text.StartsWith("MATCH (x:InboxProblem)", StringComparison.Ordinal) ? $$"""[["{{Sha}}", "a.jsonl", "a.jsonl:3", "no title", "2026-11-27T09:00:00Z"]]"""
            : text.StartsWith("MATCH (a:AnalyticsRefresh", StringComparison.Ordinal) ? """[["2026-11-27T09:00:00Z", 68, 7, 1.5]]"""
            : "[]";
        await using var store = CreateSut();

        var status = await store.GetInboxStatusAsync(5);

        Assert.Equal((2, 0, 1, 120L, 4L), (status.FilesDone, status.FilesInProgress, status.FilesQuarantined, status.RecordsCommitted, status.Problems));
        Assert.Equal("inbox/processed/a.jsonl", Assert.Single(status.RecentFiles).MovedTo);
        Assert.Equal("a.jsonl:3: no title", Assert.Single(status.RecentProblems).ToString());
        Assert.Equal(new AnalyticsRefreshRecord(At, 68, 7, 1.5), status.LastAnalyticsRefresh);
        Assert.All(_server.Statements().Where(s => s.Text.Contains("LIMIT", StringComparison.Ordinal)), s => Assert.Equal(5, s.Parameters.GetProperty("limit").GetInt32()));
    }
}

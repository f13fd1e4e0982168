using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Neo4j.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg serve</c>, <c>kg worker</c> and <c>kg status</c> with <c>--store neo4j</c> as real child processes, against a Neo4j-shaped server on loopback.</summary>
public sealed partial class Neo4jStoreCommandTests
{
    private const string Password = "not-a-real-secret";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static Dictionary<string, string> Neo4jAt(Uri uri) => new()
    {
        ["KG_NEO4J_URI"] = uri.ToString(),
        ["KG_NEO4J_PASSWORD"] = Password,
    };

    [Fact]
    public async Task Serve_StoreNeo4j_StartsAndAnswersStatsFromTheServer()
    {
        await using var neo4j = await FakeNeo4jServer.StartAsync();
        neo4j.RowsFor = text => text.StartsWith("CALL { MATCH (p:Paper) RETURN 'paper' AS kind", StringComparison.Ordinal)
            ? """[["paper", "real", 68], ["paper", "stub", 5], ["relationship", "CITES", 40], ["label", "Method", 12]]"""
            : "[]";
        using var dir = new TempFolder();
        using var serve = RunningKg.Start(dir.Path, Neo4jAt(neo4j.Uri), "serve", "--store", "neo4j", "--urls", "http://127.0.0.1:0", "--no-sample");

        var endpoint = await EndpointAsync(serve);
        var stats = await QueryAsync(endpoint, "{ stats { papers stubPapers nodes { name count } } }");
        await serve.TerminateAsync();
        var exit = await serve.WaitForExitAsync(Patience);

        Assert.True(exit == 0, serve.Output);
        Assert.Contains($"serving neo4j at {neo4j.Uri}", serve.Output, StringComparison.Ordinal);
        Assert.Equal((68, 5), (stats.GetProperty("stats").GetProperty("papers").GetInt32(), stats.GetProperty("stats").GetProperty("stubPapers").GetInt32()));
        var methods = stats.GetProperty("stats").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Method");
        Assert.Equal(12, methods.GetProperty("count").GetInt32());
        Assert.Contains(neo4j.Statements(), s => s.Text.StartsWith("CREATE CONSTRAINT inbox_file_sha256", StringComparison.Ordinal));
        Assert.All(neo4j.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
        Assert.DoesNotContain(Password, serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_StoreNeo4j_PapersWithAuthorsEntitiesAndReferences_SameStatementsForFiveOrTwentyPapers()
    {
        await using var neo4j = await FakeNeo4jServer.StartAsync();
        // The paper list answers as many papers as the page asks for; every per-paper read answers nothing.
        neo4j.RowsForStatement = (text, parameters) => text.StartsWith("MATCH (p:Paper) WHERE NOT coalesce(p.isStub, false)", StringComparison.Ordinal)
            ? $"[[100, [{string.Join(',', Enumerable.Range(0, parameters.GetProperty("limit").GetInt32()).Select(i => $$"""{"id":"p{{i}}","title":"Paper {{i}}","ids":[],"sources":[]}"""))}]]]"
            : null;
        using var dir = new TempFolder();
        using var serve = RunningKg.Start(dir.Path, Neo4jAt(neo4j.Uri), "serve", "--store", "neo4j", "--urls", "http://127.0.0.1:0", "--no-sample", "--api-only");
        var endpoint = await EndpointAsync(serve);
        const string Query = "{ papers(first: FIRST) { items { title authors methods { name } datasets { name } references(first: 5) { totalCount } citedBy(first: 5) { totalCount } } } }";

        var before = neo4j.Statements().Count;
        var five = await QueryAsync(endpoint, Query.Replace("FIRST", "5", StringComparison.Ordinal));
        var afterFive = neo4j.Statements().Count;
        var twenty = await QueryAsync(endpoint, Query.Replace("FIRST", "20", StringComparison.Ordinal));
        var afterTwenty = neo4j.Statements().Count;
        await serve.TerminateAsync();
        await serve.WaitForExitAsync(Patience);

        Assert.Equal(5, five.GetProperty("papers").GetProperty("items").GetArrayLength());
        Assert.Equal(20, twenty.GetProperty("papers").GetProperty("items").GetArrayLength());
        Assert.Equal(afterFive - before, afterTwenty - afterFive);
        Assert.InRange(afterFive - before, 1, 6);
    }

    [Fact]
    public async Task Worker_StoreNeo4j_IngestsADroppedFileWithItsCheckpointInTheBatchTransaction()
    {
        await using var neo4j = await FakeNeo4jServer.StartAsync();
        var checkpoints = new CheckpointNodes();
        neo4j.RowsForStatement = checkpoints.Answer;
        using var dir = new TempFolder();
        var inbox = Directory.CreateDirectory(dir.File("inbox")).FullName;
        using var worker = RunningKg.Start(dir.Path, Neo4jAt(neo4j.Uri), "worker", "--store", "neo4j", "--inbox", inbox, "--stable-seconds", "0.2", "--no-analytics");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "data", "one-paper", "arxiv-1706.03762.xml"), Path.Combine(inbox, "paper.xml.tmp"));
        File.Move(Path.Combine(inbox, "paper.xml.tmp"), Path.Combine(inbox, "paper.xml"));

        var processed = Path.Combine(inbox, "processed", "paper.xml");
        using (var timeout = new CancellationTokenSource(Patience))
        {
            while (!File.Exists(processed))
            {
                if (timeout.IsCancellationRequested) Assert.Fail("the file was not processed; worker output:\n" + worker.Output);
                await Task.Delay(200, CancellationToken.None);
            }
        }
        await worker.TerminateAsync();
        var exit = await worker.WaitForExitAsync(Patience);

        Assert.True(exit == 0, worker.Output);
        const string MergePapers = "UNWIND $rows AS row MERGE (p:Paper";
        var batch = neo4j.Requests.First(r => r.Statements.Any(s => s.Text.StartsWith(MergePapers, StringComparison.Ordinal)));
        var paper = batch.Statements.First(s => s.Text.StartsWith(MergePapers, StringComparison.Ordinal)).Parameters;
        Assert.Equal("Attention Is All You Need", paper.GetProperty("rows")[0].GetProperty("props").GetProperty("title").GetString());
        var advance = neo4j.Requests.First(r => r.Statements.Any(s => s.Text.Contains("AS advances", StringComparison.Ordinal)));
        Assert.Equal(batch.Path, advance.Path);
        Assert.Equal(("done", 1L), (checkpoints.Status, checkpoints.Records));
    }

    [Fact]
    public async Task Status_StoreNeo4j_ReadsTheCheckpointNodes()
    {
        await using var neo4j = await FakeNeo4jServer.StartAsync();
        neo4j.RowsFor = text => text.Contains("count(*) AS files", StringComparison.Ordinal) ? "[[\"done\", 2, 68, 1], [\"quarantined\", 1, 0, 3]]"
            : text.StartsWith("MATCH (a:AnalyticsRefresh", StringComparison.Ordinal) ? "[[\"2026-11-27T09:00:00Z\", 68, 7, 1.5]]"
            : "[]";
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, Neo4jAt(neo4j.Uri), "status", "--store", "neo4j", "--format", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var status = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal((2, 1), (status.GetProperty("files").GetProperty("done").GetInt32(), status.GetProperty("files").GetProperty("quarantined").GetInt32()));
        Assert.Equal((68, 4), (status.GetProperty("records").GetInt32(), status.GetProperty("badRecords").GetInt32()));
    }

    [Theory]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    [InlineData("worker", "--inbox", "inbox")]
    public async Task ServeAndWorker_StoreNeo4jUnreachable_OneErrorLineExitCode2(params string[] args)
    {
        using var dir = new TempFolder();
        // Port 1 on loopback: nothing listens there, so every connection is refused at once.
        var unreachable = new Dictionary<string, string> { ["KG_NEO4J_URI"] = "http://127.0.0.1:1", ["KG_NEO4J_PASSWORD"] = Password };

        var result = await KgProcess.RunAsync(dir.Path, unreachable, [.. args, "--store", "neo4j"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: neo4j:", line, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("GraphQL at", result.StdOut, StringComparison.Ordinal);
    }

    /// <summary>One file's checkpoint node, kept the way the store's Cypher keeps it (MERGE, advance, read back).</summary>
    private sealed class CheckpointNodes
    {
        private readonly Lock _lock = new();
        private string? _sha;
        private long _position;

        public string? Status { get; private set; }
        public long Records { get; private set; }

        public string? Answer(string text, JsonElement parameters)
        {
            lock (_lock)
            {
                if (text.StartsWith("MERGE (f:InboxFile", StringComparison.Ordinal))
                {
                    _sha ??= parameters.GetProperty("sha").GetString();
                    Status ??= "in-progress";
                    return $"[[{Node()}]]";
                }
                if (text.StartsWith("MATCH (f:InboxFile {sha256: $sha}) RETURN", StringComparison.Ordinal)) return Status is null ? "[]" : $"[[{Node()}]]";
                if (!text.Contains("AS advances", StringComparison.Ordinal)) return null;
                var position = parameters.GetProperty("position").GetInt64();
                var status = parameters.GetProperty("status").GetString();
                var advances = position > _position || status != Status;
                if (advances) Records += parameters.GetProperty("records").GetInt64();
                _position = Math.Max(_position, position);
                Status = status;
                return $"[[0, {(advances ? "true" : "false")}]]";
            }
        }

        private string Node() =>
            $$"""{"sha256":"{{_sha}}","name":"paper.xml","size":1,"status":"{{Status}}","position":{{_position}},"recordsCommitted":{{Records}},"problems":0,"movedTo":null,"firstSeen":"2026-11-27T09:00:00Z","updatedAt":"2026-11-27T09:00:00Z"}""";
    }

    private static async Task<Uri> EndpointAsync(RunningKg serve)
    {
        using var timeout = new CancellationTokenSource(Patience);
        Match match;
        while (!(match = PrintedEndpoint().Match(serve.Output)).Success)
        {
            if (timeout.IsCancellationRequested) Assert.Fail("kg serve printed no endpoint; output:\n" + serve.Output);
            await Task.Delay(200, CancellationToken.None);
        }
        return new Uri(match.Groups[1].Value);
    }

    private static async Task<JsonElement> QueryAsync(Uri endpoint, string query)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(endpoint, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").Clone();
    }

    [GeneratedRegex(@"GraphQL at (http://127\.0\.0\.1:\d+/graphql)")]
    private static partial Regex PrintedEndpoint();
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Storage.Sqlite.Benchmarks;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg serve</c> as a real child process: API and worker in one process, over real HTTP on a free loopback port.</summary>
public partial class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task Serve_FreshDatabase_IngestsTheSampleAnswersOverHttpAndExitsZeroOnSigterm()
    {
        using var dir = new TempFolder();
        using var serve = Start(dir.Path);
        var endpoint = await EndpointAsync(serve);

        await PollAsync(async () => (await QueryAsync(endpoint, "{ papers(first: 5) { totalCount } }")).GetProperty("papers").GetProperty("totalCount").GetInt32() == 68, serve);
        var status = (await QueryAsync(endpoint, "{ ingestStatus { workerRunning filesDone filesQuarantined records inboxes } }")).GetProperty("ingestStatus");
        await serve.TerminateAsync();
        var exit = await serve.WaitForExitAsync(Patience);

        Assert.True(exit == 0, serve.Output);
        Assert.Contains("first start: ingesting the bundled sample", serve.Output);
        Assert.True(status.GetProperty("workerRunning").GetBoolean());
        Assert.Equal((1, 0, 68), (status.GetProperty("filesDone").GetInt32(), status.GetProperty("filesQuarantined").GetInt32(), status.GetProperty("records").GetInt32()));
        Assert.Equal(Path.Combine(dir.Path, "inbox"), status.GetProperty("inboxes")[0].GetString());
        Assert.True(File.Exists(Path.Combine(dir.Path, "inbox", "processed", "trending-papers-page.txt")));
    }

    [Fact]
    public async Task Serve_SecondStart_DoesNotDropTheSampleAgain()
    {
        using var dir = new TempFolder();
        using (var first = Start(dir.Path))
        {
            var endpoint = await EndpointAsync(first);
            await PollAsync(async () => (await QueryAsync(endpoint, "{ ingestStatus { filesDone } }")).GetProperty("ingestStatus").GetProperty("filesDone").GetInt32() == 1, first);
            await first.TerminateAsync();
            Assert.True(await first.WaitForExitAsync(Patience) == 0, first.Output);
        }

        using var second = Start(dir.Path);
        var again = await EndpointAsync(second);
        var data = await QueryAsync(again, "{ papers(first: 1) { totalCount } ingestStatus { filesDone records } }");
        await second.TerminateAsync();
        var exit = await second.WaitForExitAsync(Patience);

        Assert.True(exit == 0, second.Output);
        Assert.DoesNotContain("first start", second.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "inbox")));
        Assert.Equal(68, data.GetProperty("papers").GetProperty("totalCount").GetInt32());
        Assert.Equal((1, 68), (data.GetProperty("ingestStatus").GetProperty("filesDone").GetInt32(), data.GetProperty("ingestStatus").GetProperty("records").GetInt32()));
    }

    [Fact]
    public async Task Serve_RandomBytesJsonDropped_IsQuarantinedWithErrorTextWhileTheApiAnswers()
    {
        using var dir = new TempFolder();
        using var serve = Start(dir.Path, "--no-sample");
        var endpoint = await EndpointAsync(serve);
        var inbox = Path.Combine(dir.Path, "inbox");
        var garbage = new byte[64 * 1024];
        new Random(11).NextBytes(garbage);
        Directory.CreateDirectory(inbox);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "garbage.json.tmp"), garbage);
        File.Move(Path.Combine(inbox, "garbage.json.tmp"), Path.Combine(inbox, "garbage.json"));

        var quarantined = Path.Combine(inbox, "quarantine", "garbage.json");
        await PollAsync(() => Task.FromResult(File.Exists(quarantined + ".error.txt")), serve);
        var data = await QueryAsync(endpoint, "{ papers(first: 5) { totalCount } ingestStatus { filesQuarantined recentErrors { file location message } } }");
        await serve.TerminateAsync();
        var exit = await serve.WaitForExitAsync(Patience);

        Assert.True(exit == 0, serve.Output);
        Assert.True(File.Exists(quarantined));
        Assert.False(File.Exists(Path.Combine(inbox, "garbage.json")));
        Assert.NotEmpty(await File.ReadAllTextAsync(quarantined + ".error.txt"));
        Assert.Equal(0, data.GetProperty("papers").GetProperty("totalCount").GetInt32());
        var status = data.GetProperty("ingestStatus");
        Assert.Equal(1, status.GetProperty("filesQuarantined").GetInt32());
        var error = status.GetProperty("recentErrors")[0];
        Assert.Equal("garbage.json", error.GetProperty("file").GetString());
        Assert.Contains("garbage.json", error.GetProperty("location").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Serve_LargeIngest_QueriesKeepAnsweringWithTheRightShape()
    {
        using var dir = new TempFolder();
        var corpus = Path.Combine(Directory.CreateDirectory(dir.File("corpus")).FullName, "corpus.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticPapers.Generate(20_000, seed: 5, referencesPerRecord: 5).Select(p => PaperRecordJsonWriter.ToJsonLine(p.Record)));
        using var serve = Start(dir.Path, "--no-sample", "--batch-size", "1000");
        var endpoint = await EndpointAsync(serve);
        var inbox = Directory.CreateDirectory(Path.Combine(dir.Path, "inbox")).FullName;
        File.Copy(corpus, Path.Combine(inbox, "corpus.jsonl.tmp"));
        File.Move(Path.Combine(inbox, "corpus.jsonl.tmp"), Path.Combine(inbox, "corpus.jsonl"));

        var answered = 0;
        var answeredMidFile = 0;
        var last = 0;
        using var timeout = new CancellationTokenSource(Patience);
        while (!File.Exists(Path.Combine(inbox, "processed", "corpus.jsonl")))
        {
            if (timeout.IsCancellationRequested) Assert.Fail("timed out; serve output:\n" + serve.Output);
            var data = await QueryAsync(endpoint, "{ papers(first: 5) { totalCount edges { cursor node { id title } } } ingestStatus { currentFile } }");
            var papers = data.GetProperty("papers");
            var total = papers.GetProperty("totalCount").GetInt32();
            Assert.True(total >= last, $"totalCount went back from {last} to {total}");
            Assert.Equal(Math.Min(total, 5), papers.GetProperty("edges").GetArrayLength());
            foreach (var edge in papers.GetProperty("edges").EnumerateArray()) Assert.False(string.IsNullOrEmpty(edge.GetProperty("node").GetProperty("id").GetString()));
            last = total;
            answered++;
            if (data.GetProperty("ingestStatus").GetProperty("currentFile").ValueKind == JsonValueKind.String) answeredMidFile++;
        }
        var final = (await QueryAsync(endpoint, "{ papers(first: 1) { totalCount } }")).GetProperty("papers").GetProperty("totalCount").GetInt32();
        await serve.TerminateAsync();
        var exit = await serve.WaitForExitAsync(Patience);
        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json", "--db", "kg.db");

        Assert.True(exit == 0, serve.Output);
        Assert.True(answeredMidFile > 0, $"no query was answered while the worker was inside the file ({answered} answered in all)");
        Assert.Equal(JsonDocument.Parse(stats.StdOut).RootElement.GetProperty("papers").GetInt32(), final);
    }

    private static RunningKg Start(string dir, params string[] extra) =>
        RunningKg.Start(dir, ["serve", "--db", "kg.db", "--urls", "http://127.0.0.1:0", "--stable-seconds", "0.2", "--scan-seconds", "1", .. extra]);

    /// <summary>The GraphQL endpoint <c>kg serve</c> printed (port 0: the system picked a free one).</summary>
    private static async Task<Uri> EndpointAsync(RunningKg serve)
    {
        Match? match = null;
        await PollAsync(() => Task.FromResult((match = PrintedEndpoint().Match(serve.Output)).Success), serve);
        return new Uri(match!.Groups[1].Value);
    }

    /// <summary>POSTs a query; asserts HTTP 200 and no errors; returns <c>data</c>.</summary>
    private static async Task<JsonElement> QueryAsync(Uri endpoint, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(endpoint, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").Clone();
    }

    private static async Task PollAsync(Func<Task<bool>> condition, RunningKg process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested) Assert.Fail("timed out; serve output:\n" + process.Output);
            await Task.Delay(200, CancellationToken.None);
        }
    }

    [GeneratedRegex(@"GraphQL at (http://127\.0\.0\.1:\d+/graphql)")]
    private static partial Regex PrintedEndpoint();
}

using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Analytics;
using KnowledgeGraph.Storage.Neo4j.ReadModel;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// Every statement the store, its checkpoint and its read model send, checked by Neo4j's own Cypher 5 parser and
/// semantic analysis (the <c>@neo4j-cypher/language-support</c> npm package in CypherLint/, run with node): no Neo4j
/// server runs here, so this is what catches a syntax or scoping mistake before a user's server does.
/// </summary>
public sealed class CypherLintTests
{
    private const string NotInstalled =
        "the Cypher linter is not installed: run `npm install --prefix tests/KnowledgeGraph.Storage.Neo4j.Tests/CypherLint --no-package-lock` (.ci/run does)";
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task EveryStatementTheStoreSends_IsValidCypher5()
    {
        var lintFolder = LintFolder();
        Skip.If(lintFolder is null, NotInstalled);
        var statements = await CollectStatementsAsync();

        var problems = await LintAsync(lintFolder, statements);

        Assert.True(statements.Count > 60, $"only {statements.Count} statements were collected");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [SkippableFact]
    public async Task Linter_BrokenStatement_IsReported()
    {
        var lintFolder = LintFolder();
        Skip.If(lintFolder is null, NotInstalled);

        var problems = await LintAsync(lintFolder, ["MATCH (n) WITH DISTINCT n.x AS x ORDER BY n.y RETURN x", "MATCH (n) RETURN n.id = $id"]);

        Assert.Contains("not possible to access variables declared before the WITH/RETURN", Assert.Single(problems), StringComparison.Ordinal);
    }

    /// <summary>Drives every operation against the loopback fake, answering just enough for each to go on.</summary>
    private static async Task<List<string>> CollectStatementsAsync()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.RowsFor = text =>
            text.Contains("AS advances", StringComparison.Ordinal) ? "[[0, true]]"
            : text.StartsWith("MERGE (f:InboxFile", StringComparison.Ordinal) || text.StartsWith("MATCH (f:InboxFile {sha256: $sha}) RETURN", StringComparison.Ordinal)
                ? """[[{"sha256":"x","name":"f","size":1,"status":"in-progress","position":0,"recordsCommitted":0,"problems":0,"firstSeen":"2026-11-27T09:00:00Z","updatedAt":"2026-11-27T09:00:00Z"}]]"""
            : text.StartsWith("UNWIND $candidates", StringComparison.Ordinal) ? """[["p1", "p1", null]]"""
            : text.StartsWith("MATCH (n:", StringComparison.Ordinal) && text.EndsWith("RETURN count(n) AS n", StringComparison.Ordinal) ? "[[0]]"
            : "[]";
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = server.Uri, Password = "pw", RetryDelay = TimeSpan.FromMilliseconds(5) });
        await store.InitializeAsync();

        PaperUpsert[] papers =
        [
            Upsert(Record("Mamba", arxiv: "2312.00752", authors: ["Albert Gu"], references: [CitesArxiv("1706.03762")]),
                Link(RelationshipType.Proposes, NodeLabel.Method, "Mamba", parent: "State Space Model"),
                Link(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet")),
            Upsert(Record("Vision Mamba", arxiv: "2401.09417"), Link(RelationshipType.Uses, NodeLabel.Method, "Mamba")),
        ];
        await store.UpsertPapersAsync(papers);
        await store.ReplaceLinksAsync([new PaperLinks("p1", [Link(RelationshipType.Mentions, NodeLabel.Concept, "Attention")])]);
        await store.GetPaperAsync("arxiv:2312.00752");
        await store.FindPapersAsync("Mamba", 5);
        await store.SearchAsync("state space", 5);
        await foreach (var _ in store.ReadPapersAsync()) { }
        await foreach (var _ in store.ReadCitationsAsync()) { }
        await foreach (var _ in store.ReadEntityLinksAsync()) { }
        await store.WritePaperAnalyticsAsync([new PaperAnalytics("p1", 0.5, 1, 2)]);
        await store.WriteCommunitiesAsync([new CommunitySummary(1, 2, "Mamba")]);
        await store.ReplaceRelatedAsync(["p1"], [new RelatedPaperEdge("p1", "p2", 1, 0.9, ["cites it"], "{}")]);
        await new GdsAnalytics(store).RunAsync();

        await store.BeginInboxFileAsync("x", "f", 1, At);
        await store.GetInboxFileAsync("x");
        await store.CommitInboxBatchAsync(papers, new InboxCheckpoint("x", 2, 2, 1, [new ReadProblem(new SourceLocation("f", "jsonl", 1), "bad")], InboxFileStatus.Done, "processed/f", At));
        await store.GetInboxProblemsAsync("x", 5);
        await store.GetInboxStatusAsync(5);
        await store.RecordAnalyticsRefreshAsync(new AnalyticsRefreshRecord(At, 2, 1, 0.1));

        var model = new Neo4jGraphReadModel(store);
        foreach (var order in Enum.GetValues<PaperOrder>())
        {
            await model.GetPapersAsync(new PaperQuery
            {
                Search = "mamba", Dataset = "ImageNet", Method = "Mamba", Task = "Image Classification", Concept = "Attention",
                YearFrom = 2020, YearTo = 2026, Community = 1, Order = order,
            });
            await model.GetPapersAsync(new PaperQuery { Order = order, Page = new PageRequest(5, 5, IncludeTotalCount: false) });
        }
        await model.ResolvePaperIdAsync("arxiv:2312.00752");
        await model.GetPapersByIdsAsync(["p1"]);
        await model.GetAuthorsAsync(["p1"]);
        await model.GetEntityLinksAsync(["p1"]);
        await model.GetCitationsAsync(["p1"], CitationDirection.References, new PageRequest(5));
        await model.GetCitationsAsync(["p1"], CitationDirection.CitedBy, new PageRequest(5));
        await model.GetRelatedAsync(["p1"], 5);
        await model.FindEntityAsync(NodeLabel.Method, "Mamba");
        await model.GetEntityPapersAsync(["method:mamba"], new PageRequest(5));
        await model.GetEntityFamiliesAsync(["method:mamba"]);
        await model.GetLeaderboardAsync(new LeaderboardQuery("Image Classification", "ImageNet", "Top-1"));
        await model.GetCommunitiesAsync(5);
        await model.GetTopPapersAsync(PaperRanking.PageRank, 5);
        await model.GetTopPapersAsync(PaperRanking.Citations, 5);
        await model.GetStatsAsync();
        await model.FindPathAsync("p1", "method:mamba", 4);
        await model.FindPathAsync("p1", "p1", 4);
        return [.. server.Statements().Select(s => s.Text).Distinct(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> LintAsync(string folder, IReadOnlyList<string> statements)
    {
        var psi = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("lint.js");
        using var node = Process.Start(psi)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(statements));
        node.StandardInput.Close();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await stderr);
        using var document = JsonDocument.Parse(await stdout);
        return [.. document.RootElement.EnumerateArray().Select(p =>
            p.GetProperty("statement").GetString() + "\n  → " + string.Join("\n  → ", p.GetProperty("errors").EnumerateArray().Select(e => e.GetString())))];
    }

    /// <summary>CypherLint/ in the source tree, when its packages are installed and node runs; null otherwise.</summary>
    private static string? LintFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "KnowledgeGraph.Storage.Neo4j.Tests", "CypherLint");
            if (!File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) continue;
            return Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support")) && NodeRuns() ? folder : null;
        }
        return null;
    }

    private static bool NodeRuns()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            node.WaitForExit();
            return node.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

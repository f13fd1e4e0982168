using KnowledgeGraph.Storage.Neo4j.Analytics;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>In-database analytics, checked by the statements sent to a GDS-shaped server.</summary>
public sealed class GdsAnalyticsTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore CreateSut() => new(new Neo4jStoreOptions { Uri = _server.Uri, Password = "pw", RetryDelay = TimeSpan.FromMilliseconds(5) });

    [Fact]
    public async Task RunAsync_WithGds_WritesPageRankAndLouvainThenDropsBothProjections()
    {
        _server.RowsFor = text => text.Contains("gds.louvain.write", StringComparison.Ordinal) ? "[[7, 0.61]]" : text.Contains("gds.pageRank.write", StringComparison.Ordinal) ? "[[68, 20]]" : "[]";
        await using var store = CreateSut();
        var gds = new GdsAnalytics(store);

        var summary = await gds.RunAsync(new GdsOptions { PageRankIterations = 30 });

        var statements = _server.Statements();
        var rank = Assert.Single(statements, s => s.Text.StartsWith("CALL gds.pageRank.write($graph", StringComparison.Ordinal));
        Assert.Equal(30, rank.Parameters.GetProperty("iterations").GetInt32());
        var louvain = Assert.Single(statements, s => s.Text.StartsWith("CALL gds.louvain.write($graph", StringComparison.Ordinal));
        var drops = statements.Where(s => s.Text.StartsWith("CALL gds.graph.drop", StringComparison.Ordinal)).Select(s => s.Parameters.GetProperty("graph").GetString()).ToList();
        Assert.Equal(2, drops.Count);
        Assert.Contains(louvain.Parameters.GetProperty("graph").GetString(), drops);
        Assert.Equal(new GdsRunSummary(68, 7, 0.61), summary);
    }

    [Fact]
    public async Task GetVersionAsync_NoGdsProcedure_ReturnsNull()
    {
        _server.Respond = (_, _) => new FakeResponse(400, """{"errors":[{"code":"Neo.ClientError.Procedure.ProcedureNotFound","message":"There is no procedure with the name `gds.version`"}]}""");
        await using var store = CreateSut();

        Assert.Null(await new GdsAnalytics(store).GetVersionAsync());
    }
}

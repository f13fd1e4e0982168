namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>How the Neo4j suites decide what to run against: a configured server, a Docker engine that answers, or a skip with the reason.</summary>
public sealed class Neo4jTestServerTests
{
    [Fact]
    public async Task DecideAsync_DockerHostOnAClosedPort_SkipsWithAReasonNamingBothWaysToRun()
    {
        var decision = await Neo4jTestServer.DecideAsync(neo4jUri: null, dockerHost: "tcp://127.0.0.1:1");

        Assert.Equal(Neo4jTestServer.Source.None, decision.Source);
        Assert.Contains("KG_NEO4J_URI", decision.SkipReason, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", decision.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_NoDockerHostAndNoSocketFile_SkipsWithoutConnecting()
    {
        var decision = await Neo4jTestServer.DecideAsync(null, "unix:///nonexistent/docker.sock");

        Assert.Equal(Neo4jTestServer.Source.None, decision.Source);
        Assert.Contains("no Docker socket at /nonexistent/docker.sock", decision.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_DockerHostNotAnAddress_SkipsWithTheValue()
    {
        var decision = await Neo4jTestServer.DecideAsync(null, "not an address");

        Assert.Equal(Neo4jTestServer.Source.None, decision.Source);
        Assert.Contains("'not an address'", decision.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_AnEngineAnswersItsPing_UsesDocker()
    {
        await using var engine = await FakeNeo4jServer.StartAsync();
        engine.Respond = (request, _) => request.Path == "/_ping" ? new FakeResponse(200, "OK") : new FakeResponse(404, "");

        var decision = await Neo4jTestServer.DecideAsync(null, $"tcp://127.0.0.1:{engine.Uri.Port}");

        Assert.Equal((Neo4jTestServer.Source.Docker, (string?)null), (decision.Source, decision.SkipReason));
        Assert.Equal(engine.Uri.Port, decision.DockerEndpoint!.Port);
        Assert.Equal("GET", Assert.Single(engine.Requests).Method);
    }

    [Fact]
    public async Task DecideAsync_Neo4jUriSet_UsesItWithoutAskingDocker()
    {
        var decision = await Neo4jTestServer.DecideAsync("http://127.0.0.1:7474", "tcp://127.0.0.1:1");

        Assert.Equal((Neo4jTestServer.Source.Configured, (string?)null), (decision.Source, decision.SkipReason));
    }

    [Fact]
    public void PinnedImage_TheRepositoryComposeFile_IsAPinnedNeo4jTag()
    {
        var compose = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "docker-compose.yml"));

        Assert.Matches(@"^neo4j:\d+\.\d+\.\d+$", Neo4jTestServer.PinnedImage(compose));
    }

    [Fact]
    public void PinnedImage_ComposeWithoutNeo4j_RefusedWithWhatIsMissing()
    {
        var error = Assert.Throws<InvalidDataException>(() => Neo4jTestServer.PinnedImage("services:\n  api:\n    image: kg:latest\n"));

        Assert.Contains("neo4j", error.Message, StringComparison.Ordinal);
    }
}

namespace KnowledgeGraph.Cli.Tests;

public class StoreOptionTests
{
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    private static readonly Dictionary<string, string> UnreachableNeo4j = new()
    {
        ["KG_NEO4J_URI"] = "http://127.0.0.1:1",
        ["KG_NEO4J_PASSWORD"] = "not-a-real-secret",
    };

    [Fact]
    public async Task Stats_Neo4jUnreachable_OneLineErrorExitCode2WithoutSecret()
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, UnreachableNeo4j, "stats", "--store", "neo4j");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: neo4j:", result.StdErr.Trim());
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("not-a-real-secret", result.StdErr + result.StdOut);
    }

    [Fact]
    public async Task Stats_KgStoreEnvironment_ChoosesTheStore()
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, new Dictionary<string, string>(UnreachableNeo4j) { ["KG_STORE"] = "neo4j" }, "stats");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("127.0.0.1:1", result.StdErr);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("stats")]
    public async Task Neo4jUriNotAnAddress_OneLineErrorNamingTheVariableWithoutEchoingIt(string command)
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, new Dictionary<string, string> { ["KG_NEO4J_URI"] = "not a uri with-secret" }, command, "--store", "neo4j");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: neo4j: config.invalid: KG_NEO4J_URI", result.StdErr.Trim());
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("with-secret", result.StdErr + result.StdOut);
    }
}

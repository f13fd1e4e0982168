using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public class QueryCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");

    [Fact]
    public async Task Stats_Json_UsesCamelCasePluralKeys()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json");

        var root = JsonDocument.Parse(stats.StdOut).RootElement;
        Assert.Equal(68, root.GetProperty("papers").GetInt32());
        Assert.True(root.TryGetProperty("methods", out _));
        Assert.True(root.TryGetProperty("datasets", out _));
        Assert.True(root.GetProperty("relationships").TryGetProperty("cites", out _));
    }

    [Fact]
    public async Task Analyze_ThenStatus_ShowsTheRefreshWithItsCommunities()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var analyze = await KgProcess.RunAsync(dir.Path, "analyze");
        var status = await KgProcess.RunAsync(dir.Path, "status", "--format", "json");

        Assert.Equal(0, analyze.ExitCode);
        var refresh = JsonDocument.Parse(status.StdOut).RootElement.GetProperty("lastAnalyticsRefresh");
        Assert.Equal(68, refresh.GetProperty("papers").GetInt32());
        // Papers sharing rare entities cluster even though the sample has no citations: far fewer communities than papers.
        Assert.InRange(refresh.GetProperty("communities").GetInt32(), 2, 40);
    }

    [Fact]
    public async Task Search_StateSpaceModels_FindsMambaPapers()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var result = await KgProcess.RunAsync(dir.Path, "search", "selective state space", "--top", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Mamba", result.StdOut);
    }

    [Fact]
    public async Task Show_ByTitle_PrintsAbstractAndId()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var result = await KgProcess.RunAsync(dir.Path, "show", "Multi-Objective GFlowNets");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Multi-Objective GFlowNets", result.StdOut);
        Assert.Contains("drug discovery", result.StdOut);
        Assert.Contains("id:", result.StdOut);
    }

    [Fact]
    public async Task Ingest_WithLinking_StoresEntitiesWithEvidence()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var stats = JsonDocument.Parse((await KgProcess.RunAsync(dir.Path, "stats", "--format", "json")).StdOut).RootElement;
        var show = await KgProcess.RunAsync(dir.Path, "show", "MambaMixer: Efficient Selective State Space Models with Dual Token and Channel Selection");

        Assert.True(stats.GetProperty("methods").GetInt32() > 0);
        Assert.True(stats.GetProperty("datasets").GetInt32() > 0);
        Assert.True(stats.GetProperty("relationships").GetProperty("proposes").GetInt32() > 0);
        Assert.Contains("PROPOSES:", show.StdOut);
        Assert.Contains("Method MambaMixer", show.StdOut);
        Assert.Contains("Dataset ImageNet", show.StdOut);
    }

    [Fact]
    public async Task Ingest_NoLink_StoresPapersOnly()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample, "--no-link");

        var stats = JsonDocument.Parse((await KgProcess.RunAsync(dir.Path, "stats", "--format", "json")).StdOut).RootElement;

        Assert.Equal(68, stats.GetProperty("papers").GetInt32());
        Assert.Equal(0, stats.GetProperty("methods").GetInt32());
    }

    [Fact]
    public async Task Relink_AfterIngestWithoutLinking_LinksEveryPaper()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample, "--no-link");

        var relink = await KgProcess.RunAsync(dir.Path, "relink");
        var stats = JsonDocument.Parse((await KgProcess.RunAsync(dir.Path, "stats", "--format", "json")).StdOut).RootElement;

        Assert.Equal(0, relink.ExitCode);
        Assert.Contains("relinked 68 papers", relink.StdOut);
        Assert.True(stats.GetProperty("methods").GetInt32() > 0);
    }

    [Fact]
    public async Task Show_UnknownPaper_ExitsNonZero()
    {
        using var dir = new TempFolder();
        await KgProcess.RunAsync(dir.Path, "ingest", Sample);

        var result = await KgProcess.RunAsync(dir.Path, "show", "no such paper anywhere zzzq");

        Assert.NotEqual(0, result.ExitCode);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("stats")]
    [InlineData("show")]
    [InlineData("search")]
    [InlineData("relink")]
    public async Task Help_EveryCommand_ShowsAnExample(string command)
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example: kg " + command, result.StdOut);
    }
}

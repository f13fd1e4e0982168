using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public class IngestCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");

    [Fact]
    public async Task Ingest_TrendingPageTwice_LeavesExactly68Papers()
    {
        using var dir = new TempFolder();

        var first = await KgProcess.RunAsync(dir.Path, "ingest", Sample);
        var second = await KgProcess.RunAsync(dir.Path, "ingest", Sample);
        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json");

        Assert.True(first.ExitCode == 0, first.StdErr + first.StdOut);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added", second.StdOut);
        Assert.Equal(68, JsonDocument.Parse(stats.StdOut).RootElement.GetProperty("papers").GetInt32());
        Assert.True(File.Exists(Path.Combine(dir.Path, "data", "kg.db")), "default database is ./data/kg.db");
    }

    [Fact]
    public async Task Ingest_GarbageFile_ExitsNonZeroNamingFileAndKeepsStore()
    {
        using var dir = new TempFolder();
        var db = dir.File("kg.db");
        var garbage = dir.File("garbage.json");
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        await File.WriteAllBytesAsync(garbage, bytes);
        await KgProcess.RunAsync(dir.Path, "ingest", Sample, "--db", db);

        var result = await KgProcess.RunAsync(dir.Path, "ingest", garbage, "--db", db);
        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json", "--db", db);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("garbage.json", result.StdErr);
        Assert.Equal(68, JsonDocument.Parse(stats.StdOut).RootElement.GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task Ingest_GoodAndBadFilesTogether_IngestsTheGoodOnes()
    {
        using var dir = new TempFolder();
        var bad = dir.File("bad.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(bad, bytes);

        var result = await KgProcess.RunAsync(dir.Path, "ingest", bad, Sample);
        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.txt", result.StdErr);
        Assert.Equal(68, JsonDocument.Parse(stats.StdOut).RootElement.GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task Ingest_MissingFile_ExitsNonZeroNamingIt()
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("nope.jsonl"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nope.jsonl", result.StdErr);
    }

    [Theory]
    [InlineData("ingest", "x.jsonl", "--batch-size", "0")]
    [InlineData("search", "mamba", "--top", "0")]
    [InlineData("bench", "ingest", "--records", "0")]
    public async Task Options_OutOfRange_AreRefusedWithAUsageError(params string[] args)
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("must be at least", result.StdErr + result.StdOut);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "a refused command must not create a database");
    }
}

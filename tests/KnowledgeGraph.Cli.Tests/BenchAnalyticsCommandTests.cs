using System.Globalization;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class BenchAnalyticsCommandTests
{
    [Fact]
    public void Parse_MissingEdgeFile_IsRefusedWithItsPath()
    {
        var parse = BenchAnalyticsCommand.Create().Parse(["--edges", "no-such-edges.txt"]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("file not found", error.Message);
        Assert.Contains("no-such-edges.txt", error.Message);
    }

    [Fact]
    public void Parse_OutputInAMissingFolder_IsRefusedBeforeTheBenchmarkRuns()
    {
        using var folder = new TempFolder();
        var edges = folder.File("edges.txt");
        File.WriteAllText(edges, "0 1\n");

        var parse = BenchAnalyticsCommand.Create().Parse(["--edges", edges, "--pagerank-out", folder.File("missing/pr.txt"), "--membership-out", folder.File("gone/m.txt")]);

        Assert.Equal(2, parse.Errors.Count);
        Assert.All(parse.Errors, e => Assert.Contains("folder not found", e.Message));
    }

    [Fact]
    public async Task Run_PageRankOut_WritesOneRankPerVertexSummingToOne()
    {
        using var folder = new TempFolder();
        var edges = folder.File("edges.txt");
        // 0→1→2→0 and 0→3: vertex 3 dangles; the ranks are the Google matrix's eigenvector (see PageRankAlgorithmTests)
        File.WriteAllText(edges, "0 1\n1 2\n2 0\n0 3\n");

        var result = await KgProcess.RunAsync(folder.Path, "bench", "analytics", "--edges", edges, "--repeats", "1", "--format", "json",
            "--pagerank-out", folder.File("pr.txt"));

        Assert.Equal(0, result.ExitCode);
        var ranks = File.ReadAllLines(folder.File("pr.txt")).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, ranks.Length);
        Assert.Equal(1.0, ranks.Sum(), 1e-12);
        Assert.Equal(0.30785340314136134, ranks[0], 1e-9);
    }
}

using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public class IdentityCommandTests
{
    private static readonly string OnePaper = Path.Combine(AppContext.BaseDirectory, "data", "one-paper");

    [Fact]
    public async Task Ingest_SamePaperFromArxivOpenAlexSemanticScholarAndBibtex_MakesOneNodeWithEveryId()
    {
        using var dir = new TempFolder();

        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", OnePaper, "--no-link");
        var stats = JsonDocument.Parse((await KgProcess.RunAsync(dir.Path, "stats", "--format", "json")).StdOut).RootElement;
        var show = await KgProcess.RunAsync(dir.Path, "show", "arxiv:1706.03762");

        Assert.True(ingest.ExitCode == 0, ingest.StdErr + ingest.StdOut);
        Assert.Equal(1, stats.GetProperty("papers").GetInt32());
        foreach (var id in new[] { "arxiv:1706.03762", "openalex:W2963403868", "s2:204e3073870fae3d05bcbc2f6a8e263d9b72e776", "corpus:13756489", "doi:10.48550/arxiv.1706.03762" })
        {
            Assert.Contains(id, show.StdOut);
        }
        foreach (var format in new[] { "arxiv-atom:", "openalex:", "semantic-scholar:", "bibtex:" })
        {
            Assert.Contains(format, show.StdOut);
        }
        Assert.Contains("merged", show.StdOut);
    }
}

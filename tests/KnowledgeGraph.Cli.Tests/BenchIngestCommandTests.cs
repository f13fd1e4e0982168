using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class BenchIngestCommandTests
{
    [Fact]
    public void Parse_CorpusOutInAMissingFolder_IsRefusedBeforeTheBenchmarkRuns()
    {
        using var folder = new TempFolder();

        var parse = BenchIngestCommand.Create().Parse(["--records", "10", "--corpus-out", folder.File("missing/corpus.jsonl")]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("folder not found", error.Message);
    }

    [Fact]
    public void Parse_CorpusOutWithAGivenCorpus_IsRefused()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("given.jsonl");
        File.WriteAllText(corpus, "");

        var parse = BenchIngestCommand.Create().Parse(["--corpus", corpus, "--corpus-out", folder.File("kept.jsonl")]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("--corpus-out", error.Message);
    }

    [Fact]
    public async Task Run_CorpusOut_KeepsTheGeneratedCorpusItIngested()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("corpus.jsonl");

        var result = await KgProcess.RunAsync(folder.Path, "bench", "ingest", "--records", "40", "--references", "2", "--with-linking", "false",
            "--format", "json", "--corpus-out", corpus);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(corpus);
        Assert.Equal(40, lines.Length);
        Assert.All(lines, line => Assert.Contains("\"references\":[", line));
        Assert.Contains("\"records\": 40", result.StdOut);
    }

    [Fact]
    public async Task Run_CorpusFolder_ParsesAndIngestsEveryFileInIt()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("corpus"));
        var generated = await KgProcess.RunAsync(folder.Path, "bench", "ingest", "--records", "30", "--references", "1", "--with-linking", "false",
            "--corpus-out", folder.File("corpus/a.jsonl"));
        Assert.Equal(0, generated.ExitCode);
        var lines = File.ReadAllLines(folder.File("corpus/a.jsonl"));
        File.WriteAllLines(folder.File("corpus/b.jsonl"), lines[20..]);
        File.WriteAllLines(folder.File("corpus/a.jsonl"), lines[..20]);

        var result = await KgProcess.RunAsync(folder.Path, "bench", "ingest", "--corpus", folder.File("corpus"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning", result.StdErr);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        Assert.Equal(30, json.RootElement.GetProperty("records").GetInt64());
        Assert.True(json.RootElement.GetProperty("ingestWithLinking").GetProperty("cpuSeconds").GetDouble() > 0);
    }

    [Fact]
    public void Parse_CorpusThatDoesNotExist_IsRefusedBeforeTheBenchmarkRuns()
    {
        using var folder = new TempFolder();

        var parse = BenchIngestCommand.Create().Parse(["--corpus", folder.File("missing.jsonl")]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("no such file or folder", error.Message);
    }

    [Fact]
    public async Task Run_CorpusWithoutAnyRecord_SaysSoInsteadOfPrintingARate()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("empty.jsonl");
        File.WriteAllText(corpus, "");

        var result = await KgProcess.RunAsync(folder.Path, "bench", "ingest", "--corpus", corpus, "--with-linking", "false");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no paper record read", result.StdErr);
        Assert.DoesNotContain("NaN", result.StdOut);
    }
}

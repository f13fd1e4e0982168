using System.Text.Json;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class BenchExtractCommandTests
{
    // --input must exist at parse time: the option tests need a real file
    private static string ExistingInput(TempFolder folder)
    {
        var path = folder.File("gold.jsonl");
        File.WriteAllText(path, "");
        return path;
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("100000")]
    public void Parse_SecondsOutOfRange_IsRefusedBeforeTheBenchmarkRuns(string seconds)
    {
        using var folder = new TempFolder();

        var parse = BenchCommand.Create().Parse(["extract", "--input", ExistingInput(folder), "--seconds", seconds]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("--seconds", error.Message);
    }

    [Fact]
    public void Parse_SecondsInRange_IsAccepted()
    {
        using var folder = new TempFolder();

        var parse = BenchCommand.Create().Parse(["extract", "--input", ExistingInput(folder), "--seconds", "0.5"]);

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void Parse_ZeroRounds_IsRefused()
    {
        using var folder = new TempFolder();

        var parse = BenchCommand.Create().Parse(["extract", "--input", ExistingInput(folder), "--rounds", "0"]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("--rounds", error.Message);
    }

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(6, 6)]
    [InlineData(600, 20)]
    public void RoundsFor_OnePerSecond_BetweenTwoAndTwenty(double seconds, int expected) =>
        Assert.Equal(expected, BenchExtractCommand.RoundsFor(seconds));

    [Fact]
    public async Task Run_Json_ReportsExtractionTheVocabularyBaselineTheirRatioAndPeakMemory()
    {
        using var folder = new TempFolder();
        var input = folder.File("gold.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a","title":"ZorbNet: fast graph learning","abstract":"We propose ZorbNet, a graph neural network. It outperforms GCN on Cora by 2% accuracy."}""",
            """{"id":"b","title":"A study of transformers","abstract":"We fine-tune BERT for sentiment analysis on SST-2 and report F1."}""",
        ]);

        var result = await KgProcess.RunAsync(folder.Path, "bench", "extract", "--input", input, "--seconds", "0.4", "--rounds", "2", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("distinctAbstracts").GetInt32());
        Assert.Equal(2, root.GetProperty("rounds").GetInt32());
        Assert.Equal(2, root.GetProperty("roundRatios").GetArrayLength());
        Assert.True(root.GetProperty("extraction").GetProperty("abstracts").GetInt64() > 0);
        Assert.True(root.GetProperty("baselineVocabularyPass").GetProperty("abstracts").GetInt64() > 0);
        Assert.True(root.GetProperty("medianRatio").GetDouble() > 0);
        Assert.True(root.GetProperty("peakMemoryMiB").GetInt64() > 0);
    }

    [Fact]
    public async Task Run_FileWithoutAnyAbstract_SaysSoAndFails()
    {
        using var folder = new TempFolder();
        var input = folder.File("empty.jsonl");
        File.WriteAllText(input, "not json\n");

        var result = await KgProcess.RunAsync(folder.Path, "bench", "extract", "--input", input, "--seconds", "0.2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1", result.StdErr);
        Assert.Contains("no abstract to link", result.StdErr);
    }

    [Fact]
    public void Parse_InputThatDoesNotExist_IsRefusedBeforeTheBenchmarkRuns()
    {
        using var folder = new TempFolder();

        var parse = BenchExtractCommand.Create().Parse(["--input", folder.File("missing.jsonl")]);

        Assert.Contains(parse.Errors, e => e.Message.Contains("file not found"));
    }

    [Fact]
    public void Parse_NoInput_IsRefused()
    {
        Assert.NotEmpty(BenchExtractCommand.Create().Parse([]).Errors);
    }
}

using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class BenchExtractCommandTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("100000")]
    public void Parse_SecondsOutOfRange_IsRefusedBeforeTheBenchmarkRuns(string seconds)
    {
        var parse = BenchCommand.Create().Parse(["extract", "--input", "gold.jsonl", "--seconds", seconds]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("--seconds", error.Message);
    }

    [Fact]
    public void Parse_SecondsInRange_IsAccepted()
    {
        var parse = BenchCommand.Create().Parse(["extract", "--input", "gold.jsonl", "--seconds", "0.5"]);

        Assert.Empty(parse.Errors);
    }
}

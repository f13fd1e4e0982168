using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class EvalExtractionCommandTests
{
    [Fact]
    public void Parse_GoldFileThatDoesNotExist_IsRefused()
    {
        using var folder = new TempFolder();

        var parse = EvalCommand.Create().Parse(["extraction", "--gold", folder.File("missing.jsonl")]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("--gold: no such file or folder", error.Message);
    }

    [Fact]
    public void Parse_SciErcFolderWithoutItsFiles_IsRefused()
    {
        using var folder = new TempFolder();

        var parse = EvalCommand.Create().Parse(["extraction", "--scierc", folder.Path]);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("no train.json or dev.json", error.Message);
    }

    [Fact]
    public void Parse_UnknownSplit_IsRefused()
    {
        using var folder = new TempFolder();
        var gold = folder.File("gold.jsonl");
        File.WriteAllText(gold, "");

        var parse = EvalCommand.Create().Parse(["extraction", "--gold", gold, "--split", "held-out"]);

        Assert.NotEmpty(parse.Errors);
    }

    [Fact]
    public async Task Run_GoldLineWithAWronglyTypedField_IsReportedWithItsLineAndTheRestScored()
    {
        using var folder = new TempFolder();
        var gold = folder.File("gold.jsonl");
        File.WriteAllLines(gold,
        [
            """{"id":"a","split":"dev","title":"A study","abstract":"We fine-tune BERT.","methods":["BERT",7]}""",
            """{"id":"b","split":"dev","title":"A study","abstract":"We fine-tune BERT.","methods":["BERT"]}""",
        ]);

        var result = await KgProcess.RunAsync(folder.Path, "eval", "extraction", "--gold", gold);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gold.jsonl:line 1: 'methods' item 2 is a number, not a string; the record is skipped", result.StdErr);
        Assert.Contains("(1 abstracts)", result.StdOut);
    }
}

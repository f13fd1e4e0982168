using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests;

public class EvalReferencesCommandTests
{
    [Fact]
    public void Create_Command_IsNamedReferencesWithARequiredUnarxiveOption()
    {
        var command = EvalReferencesCommand.Create();

        Assert.Equal("references", command.Name);
        Assert.Contains(command.Options, o => o.Name == "--unarxive" && o.Required);
    }

    [Fact]
    public async Task Invoke_MissingFile_ExitsWithTwo()
    {
        var exit = await EvalReferencesCommand.Create().Parse(["--unarxive", "no-such-file.jsonl"]).InvokeAsync();

        Assert.Equal(2, exit);
    }
}

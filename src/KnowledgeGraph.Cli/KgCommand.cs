using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> root command: one sub-command per file under Commands/.</summary>
internal static class KgCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("kg — a citation-and-concept knowledge graph of machine-learning papers.");
        return root;
    }
}

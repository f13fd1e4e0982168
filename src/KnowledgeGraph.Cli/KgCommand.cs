using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> root command: one sub-command per file under Commands/.</summary>
internal static class KgCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("kg — a citation-and-concept knowledge graph of machine-learning papers.");
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        var bench = new Command("bench", "Benchmarks: time the analytics kernels, generate test graphs.");
        bench.Subcommands.Add(BenchAnalyticsCommand.Create());
        bench.Subcommands.Add(BenchGenerateCommand.Create());
        bench.Subcommands.Add(BenchRelatedCommand.Create());
        root.Subcommands.Add(bench);
        root.Subcommands.Add(RelatedCommand.Create());
        root.Subcommands.Add(PathCommand.Create());
        var eval = new Command("eval", "Measure quality: held-out evaluations.");
        eval.Subcommands.Add(EvalRecommendationsCommand.Create());
        root.Subcommands.Add(eval);
        return root;
    }
}

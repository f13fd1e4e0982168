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
        root.Options.Add(CommonOptions.Store);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(RelinkCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(RelatedCommand.Create());
        root.Subcommands.Add(PathCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());

        var eval = EvalCommand.Create();
        eval.Subcommands.Add(EvalRecommendationsCommand.Create());
        root.Subcommands.Add(eval);

        var bench = BenchCommand.Create();
        bench.Subcommands.Add(BenchAnalyticsCommand.Create());
        bench.Subcommands.Add(BenchGenerateCommand.Create());
        bench.Subcommands.Add(BenchRelatedCommand.Create());
        bench.Subcommands.Add(BenchWorkerCommand.Create());
        bench.Subcommands.Add(BenchApiCommand.Create());
        root.Subcommands.Add(bench);
        return root;
    }
}

using System.CommandLine;
using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg path FROM TO</c>: the fewest-hop path between two papers or entities.</summary>
internal static class PathCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "Paper id or title, or entity id (method:mamba)" };
        var to = new Argument<string>("to") { Description = "Paper id or title, or entity id" };
        var arxiv = AnalyticsInputs.Arxiv2023Option();
        var command = new Command("path", """
            Shortest path between two nodes of the graph (papers and entities, any relationship, either direction).

            Example: kg path 2010.07922 2002.05709 --arxiv2023 data/arxiv2023
            """);
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        command.Options.Add(arxiv);
        command.SetAction(async (parse, ct) =>
        {
            var input = await AnalyticsInputs.LoadAsync(parse, arxiv, ct);
            if (input is null) return 2;
            var snapshot = SnapshotBuilder.Build(input, new SnapshotOptions { Communities = false });
            var path = ShortestPath.Find(snapshot, parse.GetValue(from)!, parse.GetValue(to)!);
            if (path is null)
            {
                Console.WriteLine("no path");
                return 1;
            }
            foreach (var step in path)
            {
                var via = step.Via is { } type ? $"  -[{type}]-  " : "";
                Console.WriteLine($"{via}{step.Label} {step.Name} [{step.Id}]");
            }
            return 0;
        });
        return command;
    }
}

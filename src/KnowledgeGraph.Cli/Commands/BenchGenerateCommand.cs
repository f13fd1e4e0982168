using System.CommandLine;
using KnowledgeGraph.Analytics.Benchmarks;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench generate</c>: writes a citation-like random graph for benchmarks.</summary>
internal static class BenchGenerateCommand
{
    public static Command Create()
    {
        var nodes = new Option<int>("--nodes") { Description = "Vertices (default 1,000,000)", DefaultValueFactory = _ => 1_000_000 };
        var edges = new Option<long>("--edges") { Description = "Edges (default 15,000,000)", DefaultValueFactory = _ => 15_000_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (default 42)", DefaultValueFactory = _ => 42 };
        var output = new Option<FileInfo>("--out") { Description = "Output file: 'src dst' per line, 0-based", Required = true };
        var command = new Command("generate", """
            Generate a citation-like DAG: each vertex cites earlier vertices, 70% by preferential attachment
            (power-law in-degree) and 30% uniformly.

            Example: kg bench generate --nodes 1000000 --edges 15000000 --seed 42 --out /tmp/g1m.txt
            """);
        command.Options.Add(nodes);
        command.Options.Add(edges);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var list = GraphGenerator.Generate(parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(seed));
            var file = parse.GetValue(output)!;
            await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                GraphGenerator.Write(list, stream);
            }
            Console.WriteLine($"wrote {list.Count:N0} edges over {list.NodeCount:N0} vertices to {file.FullName}");
            return 0;
        });
        return command;
    }
}

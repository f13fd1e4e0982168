using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench ingest | extract</c>: benchmarks that print their numbers against a baseline measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create() =>
        new("bench", "Benchmarks that print their numbers against a baseline measured in the same run.")
        {
            BenchIngestCommand.Create(),
            BenchExtractCommand.Create(),
        };
}

using System.CommandLine;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format cypher|neo4j-csv|graphml --out PATH</c>: the whole graph for offline loading and other tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("cypher", "cypher", "neo4j-csv", "graphml");
        var output = new Option<string>("--out")
        {
            Description = "Output file (cypher, graphml) or folder (neo4j-csv)",
            Required = true,
        };
        var command = new Command("export", """
            Export the whole graph: every node label and relationship type with all properties (evidence, confidence,
            extractor, analytics results).
              cypher     a script of constraints and idempotent MERGE statements: cypher-shell -f FILE
              neo4j-csv  a folder of CSV files for neo4j-admin database import full (the command is printed)
              graphml    one GraphML file for Gephi, yEd and Cytoscape

            Example: kg export --format neo4j-csv --out export/
            """);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            if (!StoreFactory.RequireSqlite(parse, "kg export")) return 2;
            await using var store = await StoreFactory.OpenAsync(parse.GetValue(CommonOptions.Database)!, ct);
            if (store is not IGraphExportSource source)
            {
                await Console.Error.WriteLineAsync("error: this store cannot be exported (it does not implement IGraphExportSource)");
                return 1;
            }
            var path = parse.GetValue(output)!;
            var summary = await ExportAsync(source, parse.GetValue(format)!, path, ct);
            Console.WriteLine(
                $"exported {summary.Nodes.Values.Sum():N0} nodes ({summary.Nodes.Count} labels) and {summary.Relationships.Values.Sum():N0} relationships "
                + $"({summary.Relationships.Count} types) to {path}");
            if (parse.GetValue(format) == "neo4j-csv") Console.WriteLine("load with: " + Neo4jCsvExporter.ImportCommand(path));
            return 0;
        });
        return command;
    }

    private static async Task<ExportSummary> ExportAsync(IGraphExportSource source, string format, string path, CancellationToken ct)
    {
        if (format == "neo4j-csv") return await new Neo4jCsvExporter().WriteAsync(source, path, ct);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        await using var file = File.Create(path);
        if (format == "graphml") return await new GraphMlExporter().WriteAsync(source, file, ct);
        await using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
        return await new CypherScriptExporter().WriteAsync(source, writer, ct);
    }
}

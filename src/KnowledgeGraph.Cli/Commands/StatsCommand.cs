using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: counts per node label and relationship type.</summary>
internal static class StatsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("stats", """
            Count the nodes per label and the relationships per type.
            JSON keys are camelCase plurals ("papers": 68); relationship counts sit under "relationships".

            Example: kg stats --format json
            """);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, ct);
            var stats = await store.GetStatsAsync(ct);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ToJson(stats).ToJsonString(Indented));
            }
            else
            {
                PrintTable(stats);
            }
            return 0;
        });
        return command;
    }

    internal static JsonObject ToJson(GraphStats stats)
    {
        var json = new JsonObject();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            json[PluralKey(label)] = stats.Nodes.GetValueOrDefault(label);
        }
        json["stubPapers"] = stats.StubPapers;
        var relationships = new JsonObject();
        foreach (var type in Enum.GetValues<RelationshipType>())
        {
            relationships[CamelCase(type.ToString())] = stats.Relationships.GetValueOrDefault(type);
        }
        json["relationships"] = relationships;
        return json;
    }

    private static string PluralKey(NodeLabel label) => label switch
    {
        NodeLabel.Task => "tasks",
        _ => CamelCase(label.ToString()) + "s",
    };

    private static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];

    private static void PrintTable(GraphStats stats)
    {
        var nodes = new Table().AddColumn("node label").AddColumn(new TableColumn("count").RightAligned());
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            nodes.AddRow(label.ToString(), stats.Nodes.GetValueOrDefault(label).ToString("N0"));
        }
        nodes.AddRow("(stub papers)", stats.StubPapers.ToString("N0"));
        var edges = new Table().AddColumn("relationship").AddColumn(new TableColumn("count").RightAligned());
        foreach (var type in Enum.GetValues<RelationshipType>())
        {
            edges.AddRow(type.ToGraphName(), stats.Relationships.GetValueOrDefault(type).ToString("N0"));
        }
        AnsiConsole.Write(nodes);
        AnsiConsole.Write(edges);
    }
}

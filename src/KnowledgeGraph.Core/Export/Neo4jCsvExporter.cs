using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c>: one <c>nodes-LABEL.csv</c> per label (header
/// <c>id:ID(KG),:LABEL,…</c>) and one <c>relationships-TYPE.csv</c> per type (<c>:START_ID(KG),:END_ID(KG),:TYPE,…</c>),
/// typed columns (<c>year:int</c>, <c>ids:string[]</c>, arrays split on <c>;</c>), RFC 4180 quoting. All ids share one id
/// space (KG): paper and entity ids never collide. <see cref="ImportCommand"/> prints the matching neo4j-admin line.
/// </summary>
public sealed class Neo4jCsvExporter
{
    public const string IdSpace = "KG";

    /// <summary>Property columns per label and type, with their neo4j-admin types; absent values are empty cells.</summary>
    private static readonly (string Name, string Type)[] PaperColumns =
    [
        ("title", "string"), ("abstract", "string"), ("published", "string"), ("year", "int"), ("venue", "string"), ("ids", "string[]"),
        ("isStub", "boolean"), ("sources", "string[]"), ("pagerank", "double"), ("community", "int"), ("citationCount", "int"),
    ];

    private static readonly (string Name, string Type)[] EntityColumns = [("name", "string"), ("discovered", "boolean"), ("props", "string")];

    private static readonly (string Name, string Type)[] RelationshipColumns =
    [
        ("position", "int"), ("confidence", "double"), ("evidence", "string"), ("evidenceStart", "int"), ("surface", "string"), ("extractor", "string"), ("props", "string"),
    ];

    public async Task<ExportSummary> WriteAsync(IGraphExportSource source, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var summary = new ExportSummary();
        var writers = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
        try
        {
            await foreach (var node in source.ReadNodesAsync(cancellationToken))
            {
                var columns = node.Label == NodeLabel.Paper ? PaperColumns : EntityColumns;
                var writer = await WriterAsync(writers, directory, $"nodes-{node.Label}.csv", $"id:ID({IdSpace}),:LABEL," + Header(columns));
                await writer.WriteLineAsync(Line([node.Id, node.Label.ToString(), .. columns.Select(c => Cell(node.Properties, c.Name))]));
                summary.Count(node.Label);
            }
            await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken))
            {
                var type = rel.Type.ToGraphName();
                var writer = await WriterAsync(writers, directory, $"relationships-{type}.csv", $":START_ID({IdSpace}),:END_ID({IdSpace}),:TYPE," + Header(RelationshipColumns));
                await writer.WriteLineAsync(Line([rel.StartId, rel.EndId, type, .. RelationshipColumns.Select(c => Cell(rel.Properties, c.Name))]));
                summary.Count(rel.Type);
            }
        }
        finally
        {
            foreach (var writer in writers.Values) await writer.DisposeAsync();
        }
        return summary;
    }

    /// <summary>The neo4j-admin command that loads the files written to <paramref name="directory"/> into <paramref name="database"/>.</summary>
    public static string ImportCommand(string directory, string database = "neo4j")
    {
        var files = Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var args = files.Select(f => (f!.StartsWith("nodes-", StringComparison.Ordinal) ? "--nodes=" : "--relationships=") + f);
        return "neo4j-admin database import full " + string.Join(' ', args) + " --array-delimiter=';' " + database;
    }

    private static async Task<StreamWriter> WriterAsync(Dictionary<string, StreamWriter> writers, string directory, string file, string header)
    {
        if (writers.TryGetValue(file, out var writer)) return writer;
        writer = new StreamWriter(Path.Combine(directory, file), append: false, new System.Text.UTF8Encoding(false));
        writers[file] = writer;
        await writer.WriteLineAsync(header);
        return writer;
    }

    private static string Header((string Name, string Type)[] columns) =>
        string.Join(',', columns.Select(c => c.Type == "string" ? c.Name : c.Name + ":" + c.Type));

    private static string Cell(IReadOnlyDictionary<string, object> properties, string name) => properties.TryGetValue(name, out var value) ? value switch
    {
        string[] list => string.Join(';', list),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    } : "";

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote));

    /// <summary>RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.</summary>
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// GraphML for Gephi, yEd and Cytoscape: a directed graph whose nodes carry <c>labels</c> (the node label) and whose
/// edges carry <c>label</c> (the relationship type), with every property as a declared <c>&lt;key&gt;</c> (lists joined
/// with <c>;</c>). Nodes are streamed once to learn the keys, then again to write.
/// </summary>
public sealed class GraphMlExporter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public async Task<ExportSummary> WriteAsync(IGraphExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        var nodeKeys = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["labels"] = "string" };
        var edgeKeys = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["label"] = "string" };
        await foreach (var node in source.ReadNodesAsync(cancellationToken)) Learn(nodeKeys, node.Properties);
        await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken)) Learn(edgeKeys, rel.Properties);

        var summary = new ExportSummary();
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Ns);
        foreach (var (name, type) in nodeKeys) await KeyAsync(xml, "n_" + name, "node", name, type);
        foreach (var (name, type) in edgeKeys) await KeyAsync(xml, "e_" + name, "edge", name, type);
        await xml.WriteStartElementAsync(null, "graph", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, "KnowledgeGraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var node in source.ReadNodesAsync(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await DataAsync(xml, "n_labels", ":" + node.Label);
            foreach (var (name, value) in node.Properties) await DataAsync(xml, "n_" + name, Text(value));
            await xml.WriteEndElementAsync();
            summary.Count(node.Label);
        }
        var n = 0;
        await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + n++.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "source", null, rel.StartId);
            await xml.WriteAttributeStringAsync(null, "target", null, rel.EndId);
            await DataAsync(xml, "e_label", rel.Type.ToGraphName());
            foreach (var (name, value) in rel.Properties) await DataAsync(xml, "e_" + name, Text(value));
            await xml.WriteEndElementAsync();
            summary.Count(rel.Type);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return summary;
    }

    private static void Learn(SortedDictionary<string, string> keys, IReadOnlyDictionary<string, object> properties)
    {
        foreach (var (name, value) in properties)
        {
            var type = value switch { long => "long", double => "double", bool => "boolean", _ => "string" };
            // A property seen with two types (an integer pagerank of 0 and a real one) is declared with the wider one.
            keys[name] = keys.TryGetValue(name, out var seen) && seen != type ? (seen is "long" or "double" && type is "long" or "double" ? "double" : "string") : type;
        }
    }

    private static async Task KeyAsync(XmlWriter xml, string id, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Ns);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(StripInvalid(value));
        await xml.WriteEndElementAsync();
    }

    private static string Text(object value) => value switch
    {
        string[] list => string.Join(';', list),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>XML 1.0 cannot hold most control characters; a stray one in an abstract must not break the file.</summary>
    private static string StripInvalid(string text) => text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray()) : text;
}

using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.ReadModel;

public sealed partial class Neo4jGraphReadModel
{
    /// <summary>Longest path searched for, whatever the caller asks: Cypher's bound is part of the text, so it is clamped.</summary>
    public const int MaxPathLength = 15;

    private const string NodeMap = "n {.id, .name, .title, labels: labels(n)}";

    private static readonly string PathTypes = string.Join("|",
        PaperLinks.ExtractedTypes.Append(RelationshipType.Cites).Append(RelationshipType.IsA).Select(t => t.ToGraphName()));

    /// <summary>
    /// Both ends resolved like papers (any external id) and otherwise taken as entity ids, then Neo4j's
    /// <c>shortestPath</c> (a bidirectional breadth-first search) over citations and paper–entity links, either direction.
    /// </summary>
    public async Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxLength, CancellationToken cancellationToken = default)
    {
        if (maxLength < 0) return null;
        var from = await ResolvePaperIdAsync(fromId, cancellationToken) ?? fromId.Trim();
        var to = await ResolvePaperIdAsync(toId, cancellationToken) ?? toId.Trim();
        if (from == to)
        {
            var one = await RunAsync(
                $"MATCH (n) WHERE n.id = $id AND (n:Paper OR {IsEntity("n")}) RETURN {NodeMap} LIMIT 1", cancellationToken, ("id", from));
            return one.Rows.Count == 0 ? null : new GraphPath([ToStep(one.Rows[0][0], null)]);
        }
        if (maxLength == 0) return null;
        // A variable-length bound cannot be a parameter; it is an int clamped here, never text from the request.
        var bound = Math.Min(maxLength, MaxPathLength).ToString(CultureInfo.InvariantCulture);
        var result = await RunAsync(
            $"MATCH (a) WHERE a.id = $from AND (a:Paper OR {IsEntity("a")}) "
            + $"MATCH (b) WHERE b.id = $to AND (b:Paper OR {IsEntity("b")}) "
            + $"MATCH path = shortestPath((a)-[:{PathTypes}*..{bound}]-(b)) "
            + $"RETURN [n IN nodes(path) | {NodeMap}] AS nodes, [r IN relationships(path) | type(r)] AS types LIMIT 1",
            cancellationToken, ("from", from), ("to", to));
        if (result.Rows.Count == 0) return null;
        var nodes = result.Rows[0][0].EnumerateArray().ToList();
        var types = result.Rows[0][1].EnumerateArray().Select(t => RelationshipTypeNames.TryParse(t.GetString() ?? "", out var type) ? type : (RelationshipType?)null).ToList();
        return new GraphPath([.. nodes.Select((n, i) => ToStep(n, i == 0 ? null : types[i - 1]))]);
    }

    private static GraphPathStep ToStep(JsonElement node, RelationshipType? via)
    {
        var label = ParseLabel(node, NodeLabel.Paper);
        var id = Json.String(node, "id") ?? "";
        var name = label == NodeLabel.Paper ? Json.String(node, "title") : Json.String(node, "name");
        return new GraphPathStep(id, label, name ?? id, via);
    }
}

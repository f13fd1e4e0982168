using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

public sealed partial class SqliteGraphReadModel
{
    /// <summary>
    /// Nodes a path search may visit before it gives up: a hub (a concept half the corpus mentions) must not turn one
    /// request into a scan of the whole graph.
    /// </summary>
    public const int MaxPathNodesVisited = 200_000;

    private static readonly string PathTypesJson = Json(
        PaperLinks.ExtractedTypes.Append(RelationshipType.Cites).Append(RelationshipType.IsA).Select(t => t.ToGraphName()));

    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxLength, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            var from = Endpoint(connection, fromId);
            var to = Endpoint(connection, toId);
            if (from is null || to is null || maxLength < 0) return null;
            List<(string Id, RelationshipType? Via)>? ids = from == to ? [(from, (RelationshipType?)null)] : Search(connection, from, to, maxLength, cancellationToken);
            return ids is null ? null : Describe(connection, ids);
        }, cancellationToken);

    /// <summary>A paper (by any of its ids) or an entity id; null when neither exists.</summary>
    private static string? Endpoint(SqliteConnection connection, string id)
    {
        if (PaperQueries.ResolveId(connection, id) is { } paper) return paper;
        using var command = Command(connection, "SELECT id FROM nodes WHERE id = $id", ("$id", id.Trim()));
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Bidirectional breadth-first search, one statement per level, always growing the smaller side; a whole level is
    /// expanded before choosing where the sides meet, so the path found is a shortest one.
    /// </summary>
    private static List<(string Id, RelationshipType? Via)>? Search(SqliteConnection connection, string from, string to, int maxLength, CancellationToken cancellationToken)
    {
        var forward = new Dictionary<string, (string? Previous, RelationshipType? Via, int Depth)>(StringComparer.Ordinal) { [from] = (null, null, 0) };
        var backward = new Dictionary<string, (string? Previous, RelationshipType? Via, int Depth)>(StringComparer.Ordinal) { [to] = (null, null, 0) };
        List<string> forwardFrontier = [from], backwardFrontier = [to];
        for (var length = 0; length < maxLength; length++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (forwardFrontier.Count == 0 || backwardFrontier.Count == 0 || forward.Count + backward.Count > MaxPathNodesVisited) return null;
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (side, other) = growForward ? (forward, backward) : (backward, forward);
            var next = new List<string>();
            string? meeting = null;
            var best = int.MaxValue;
            foreach (var (node, neighbor, type) in Neighbors(connection, growForward ? forwardFrontier : backwardFrontier))
            {
                if (side.ContainsKey(neighbor)) continue;
                side[neighbor] = (node, type, side[node].Depth + 1);
                next.Add(neighbor);
                if (other.TryGetValue(neighbor, out var there) && there.Depth < best)
                {
                    best = there.Depth;
                    meeting = neighbor;
                }
            }
            if (meeting is not null) return Join(forward, backward, meeting);
            if (growForward) forwardFrontier = next;
            else backwardFrontier = next;
        }
        return null;
    }

    private static List<(string, string, RelationshipType)> Neighbors(SqliteConnection connection, List<string> frontier)
    {
        using var command = Command(
            connection,
            "SELECT e.src, e.dst, e.type FROM edges e WHERE e.src IN (SELECT value FROM json_each($ids)) AND e.type IN (SELECT value FROM json_each($types)) "
            + "UNION ALL SELECT e.dst, e.src, e.type FROM edges e WHERE e.dst IN (SELECT value FROM json_each($ids)) AND e.type IN (SELECT value FROM json_each($types)) "
            + "LIMIT $limit",
            ("$ids", Json(frontier)),
            ("$types", PathTypesJson),
            ("$limit", MaxPathNodesVisited));
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, RelationshipType)>();
        while (reader.Read())
        {
            if (RelationshipTypeNames.TryParse(reader.GetString(2), out var type)) rows.Add((reader.GetString(0), reader.GetString(1), type));
        }
        return rows;
    }

    private static List<(string Id, RelationshipType? Via)> Join(
        Dictionary<string, (string? Previous, RelationshipType? Via, int Depth)> forward,
        Dictionary<string, (string? Previous, RelationshipType? Via, int Depth)> backward,
        string meeting)
    {
        var head = new List<(string Id, RelationshipType? Via)>();
        for (string? node = meeting; node is not null; node = forward[node].Previous) head.Add((node, forward[node].Via));
        head.Reverse();
        // Walking back toward the target, each step's relationship is the one recorded on the node before it.
        for (var node = meeting; backward[node].Previous is { } next; node = next) head.Add((next, backward[node].Via));
        return head;
    }

    private static GraphPath Describe(SqliteConnection connection, List<(string Id, RelationshipType? Via)> ids)
    {
        using var command = Command(
            connection,
            "SELECT id, 'Paper', title FROM papers WHERE id IN (SELECT value FROM json_each($ids)) "
            + "UNION ALL SELECT id, label, name FROM nodes WHERE id IN (SELECT value FROM json_each($ids))",
            ("$ids", Json(ids.Select(i => i.Id))));
        var names = new Dictionary<string, (NodeLabel, string)>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                names[reader.GetString(0)] = (Enum.TryParse<NodeLabel>(reader.GetString(1), out var label) ? label : NodeLabel.Concept, reader.GetString(2));
            }
        }
        return new GraphPath(ids.Select(step =>
        {
            var (label, name) = names.TryGetValue(step.Id, out var found) ? found : (NodeLabel.Paper, step.Id);
            return new GraphPathStep(step.Id, label, name, step.Via);
        }).ToList());
    }
}

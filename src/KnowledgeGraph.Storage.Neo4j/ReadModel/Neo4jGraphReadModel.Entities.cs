using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.ReadModel;

public sealed partial class Neo4jGraphReadModel
{
    public async Task<EntityNode?> FindEntityAsync(NodeLabel label, string name, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return null;
        // The slug id first (the label's unique constraint); then the canonical name in any case.
        var result = await RunAsync(
            $"CALL {{ MATCH (n:{label} {{id: $id}}) RETURN n, 0 AS preference UNION ALL MATCH (n:{label}) WHERE toLower(n.name) = toLower($name) RETURN n, 1 AS preference }} "
            + $"RETURN {Entity("n")} AS entity ORDER BY preference, n.id LIMIT 1",
            cancellationToken, ("id", EntityIdFor(label, trimmed)), ("name", trimmed));
        return result.Rows.Count == 0 ? null : ToEntity(result.Rows[0][0]);
    }

    public Task<IReadOnlyDictionary<string, PaperPage>> GetEntityPapersAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        PagesAsync(
            $"MATCH (e) WHERE e.id = owner AND {IsEntity("e")} MATCH (p:Paper)-[r]->(e) WHERE type(r) IN $types",
            NullsLastDescending("p.pagerank"),
            entityIds,
            page,
            cancellationToken,
            ("types", ExtractedTypes));

    public async Task<IReadOnlyDictionary<string, EntityFamily>> GetEntityFamiliesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var ids = Ids(entityIds);
        if (ids.Length == 0) return new Dictionary<string, EntityFamily>();
        var result = await RunAsync(
            $"UNWIND $ids AS id MATCH (e) WHERE e.id = id AND {IsEntity("e")} "
            + $"CALL {{ WITH e MATCH (e)-[:IS_A|BROADER]->(n) RETURN true AS parent, n UNION ALL WITH e MATCH (e)<-[:IS_A|BROADER]-(n) RETURN false AS parent, n }} "
            + $"RETURN id, parent, {Entity("n")} AS entity ORDER BY id, n.name",
            cancellationToken, ("ids", ids));
        var parents = new Dictionary<string, List<EntityNode>>(StringComparer.Ordinal);
        var children = new Dictionary<string, List<EntityNode>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var target = row[1].ValueKind == JsonValueKind.True ? parents : children;
            var owner = Json.String(row[0])!;
            if (!target.TryGetValue(owner, out var list)) target[owner] = list = [];
            list.Add(ToEntity(row[2]));
        }
        return ids.ToDictionary(
            id => id,
            id => new EntityFamily(parents.TryGetValue(id, out var p) ? p : [], children.TryGetValue(id, out var c) ? c : []),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default)
    {
        // Result -[:MEASURED_BY]-> Metric, -[:ON]-> Dataset, -[:OF]-> Method; the task is what the reporting paper ADDRESSES.
        var result = await RunAsync(
            """
            MATCH (paper:Paper)-[rep:REPORTS]->(r:Result)
            OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Metric)
            OPTIONAL MATCH (r)-[:ON]->(d:Dataset)
            OPTIONAL MATCH (r)-[:OF]->(meth:Method)
            WITH paper, rep, r, m, d, meth
            WHERE ($metric IS NULL OR m.id = $metric)
              AND ($dataset IS NULL OR d.id = $dataset)
              AND ($task IS NULL OR EXISTS { MATCH (paper)-[:ADDRESSES]->(:Task {id: $task}) })
            RETURN r.id, paper.id, r.props, r.value, m.name, d.name, meth.name, rep.evidence, rep.confidence
            """,
            cancellationToken,
            ("metric", query.Metric is { Length: > 0 } metric ? EntityIdFor(NodeLabel.Metric, metric) : null),
            ("dataset", query.Dataset is { Length: > 0 } dataset ? EntityIdFor(NodeLabel.Dataset, dataset) : null),
            ("task", query.Task is { Length: > 0 } task ? EntityIdFor(NodeLabel.Task, task) : null));
        var rows = result.Rows.Select(r =>
        {
            var value = (Json.String(r[2]) is { } props ? NodeProperties.Strings(props).GetValueOrDefault("value") : null) ?? Json.String(r[3]) ?? "";
            return new LeaderboardEntry(
                0, Json.String(r[0])!, Json.String(r[1])!, value, MetricDirection.Parse(value),
                Json.String(r[4]), Json.String(r[5]), Json.String(r[6]), Json.String(r[7]), Json.Double(r[8]));
        });
        // The SQLite read model's ranking: best first within each metric; results with no number last; ties by
        // confidence, then ids for a stable order.
        return LeaderboardRanking.Rank(rows, query.First);
    }
}

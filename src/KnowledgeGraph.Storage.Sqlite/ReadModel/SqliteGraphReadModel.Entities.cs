using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

public sealed partial class SqliteGraphReadModel
{
    public Task<EntityNode?> FindEntityAsync(NodeLabel label, string name, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            var trimmed = name.Trim();
            if (trimmed.Length == 0) return null;
            // The slug id first (primary key); then the canonical name in any case (nodes_label_name, 005).
            using var command = Command(
                connection,
                "SELECT id, label, name, discovered FROM nodes WHERE id = $id "
                + "UNION ALL SELECT * FROM (SELECT id, label, name, discovered FROM nodes WHERE label = $label AND name = $name COLLATE NOCASE LIMIT 1) LIMIT 1",
                ("$id", EntityIdFor(label, trimmed)),
                ("$label", label.ToString()),
                ("$name", trimmed));
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadEntity(reader, 0) : null;
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, PaperPage>> GetEntityPapersAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Pages(
            connection,
            "SELECT DISTINCT e.dst AS owner, e.src AS pid FROM edges e WHERE e.dst IN (SELECT value FROM json_each($ids)) AND e.type IN (SELECT value FROM json_each($types))",
            "p.pagerank DESC, p.pk",
            entityIds,
            page,
            ("$types", ExtractedTypesJson)), cancellationToken);

    public Task<IReadOnlyDictionary<string, EntityFamily>> GetEntityFamiliesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, EntityFamily>>(connection =>
        {
            using var command = Command(
                connection,
                "SELECT e.src, 1, n.id, n.label, n.name, n.discovered FROM edges e JOIN nodes n ON n.id = e.dst "
                + "WHERE e.src IN (SELECT value FROM json_each($ids)) AND e.type IN ('IS_A', 'BROADER') "
                + "UNION ALL SELECT e.dst, 0, n.id, n.label, n.name, n.discovered FROM edges e JOIN nodes n ON n.id = e.src "
                + "WHERE e.dst IN (SELECT value FROM json_each($ids)) AND e.type IN ('IS_A', 'BROADER') ORDER BY 1, 5",
                ("$ids", Json(entityIds)));
            var parents = new Dictionary<string, List<EntityNode>>(StringComparer.Ordinal);
            var children = new Dictionary<string, List<EntityNode>>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var target = reader.GetInt64(1) == 1 ? parents : children;
                var owner = reader.GetString(0);
                if (!target.TryGetValue(owner, out var list)) target[owner] = list = [];
                list.Add(ReadEntity(reader, 2));
            }
            return entityIds.Distinct(StringComparer.Ordinal).ToDictionary(
                id => id,
                id => new EntityFamily(parents.TryGetValue(id, out var p) ? p : [], children.TryGetValue(id, out var c) ? c : []),
                StringComparer.Ordinal);
        }, cancellationToken);

    public Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<LeaderboardEntry>>(connection =>
        {
            // Result -[:MEASURED_BY]-> Metric, -[:ON]-> Dataset, -[:OF]-> Method; the task is what the reporting paper ADDRESSES.
            using var command = Command(
                connection,
                """
                SELECT r.id, rep.src, json_extract(r.props, '$.value'), m.name, d.name, meth.name, rep.evidence, rep.confidence
                FROM nodes r
                JOIN edges rep ON rep.dst = r.id AND rep.type = 'REPORTS'
                LEFT JOIN edges em ON em.src = r.id AND em.type = 'MEASURED_BY' LEFT JOIN nodes m ON m.id = em.dst
                LEFT JOIN edges ed ON ed.src = r.id AND ed.type = 'ON' LEFT JOIN nodes d ON d.id = ed.dst
                LEFT JOIN edges eo ON eo.src = r.id AND eo.type = 'OF' LEFT JOIN nodes meth ON meth.id = eo.dst
                WHERE r.label = 'Result'
                  AND ($metric IS NULL OR em.dst = $metric)
                  AND ($dataset IS NULL OR ed.dst = $dataset)
                  AND ($task IS NULL OR EXISTS (SELECT 1 FROM edges t WHERE t.src = rep.src AND t.type = 'ADDRESSES' AND t.dst = $task))
                """,
                ("$metric", query.Metric is { Length: > 0 } metric ? EntityIdFor(NodeLabel.Metric, metric) : null),
                ("$dataset", query.Dataset is { Length: > 0 } dataset ? EntityIdFor(NodeLabel.Dataset, dataset) : null),
                ("$task", query.Task is { Length: > 0 } task ? EntityIdFor(NodeLabel.Task, task) : null));
            var rows = new List<LeaderboardEntry>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var value = reader.IsDBNull(2) ? "" : reader.GetString(2);
                    rows.Add(new LeaderboardEntry(
                        0, reader.GetString(0), reader.GetString(1), value, MetricDirection.Parse(value),
                        reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetDouble(7)));
                }
            }
            // Best first within each metric; results with no number last; ties by confidence, then ids for a stable order.
            return LeaderboardRanking.Rank(rows, query.First);
        }, cancellationToken);
}

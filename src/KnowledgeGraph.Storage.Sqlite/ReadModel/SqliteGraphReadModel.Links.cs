using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

public sealed partial class SqliteGraphReadModel
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAuthorsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            using var command = Command(
                connection,
                "SELECT e.src, n.name FROM edges e JOIN nodes n ON n.id = e.dst WHERE e.src IN (SELECT value FROM json_each($ids)) AND e.type = 'AUTHORED_BY' ORDER BY e.src, e.position",
                ("$ids", Json(paperIds)));
            return Group(command, r => r.GetString(0), r => r.GetString(1));
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperEntityLink>>> GetEntityLinksAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            using var command = Command(
                connection,
                "SELECT e.src, e.type, n.id, n.label, n.name, n.discovered, e.surface, e.evidence, e.confidence, e.extractor, n.props "
                + "FROM edges e JOIN nodes n ON n.id = e.dst "
                + "WHERE e.src IN (SELECT value FROM json_each($ids)) AND e.type IN (SELECT value FROM json_each($types)) "
                + "ORDER BY e.src, e.type, e.confidence DESC, n.name",
                ("$ids", Json(paperIds)),
                ("$types", ExtractedTypesJson));
            return Group(command, r => r.GetString(0), r =>
            {
                RelationshipTypeNames.TryParse(r.GetString(1), out var type);
                return new PaperEntityLink(
                    r.GetString(0), type, ReadEntity(r, 2),
                    r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                    r.IsDBNull(8) ? null : r.GetDouble(8), r.IsDBNull(9) ? null : r.GetString(9),
                    NodeProperties.Strings(r.IsDBNull(10) ? null : r.GetString(10)));
            });
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, PaperPage>> GetCitationsAsync(
        IReadOnlyCollection<string> paperIds, CitationDirection direction, PageRequest page, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            // References come out of the (src, type, dst) primary key, citing papers out of the edges_dst index.
            var (owner, other, order) = direction == CitationDirection.References
                ? ("e.src", "e.dst", "p.is_stub, p.year DESC, p.title")
                : ("e.dst", "e.src", "p.pagerank DESC, p.year DESC, p.pk");
            var links = $"SELECT {owner} AS owner, {other} AS pid FROM edges e WHERE {owner} IN (SELECT value FROM json_each($ids)) AND e.type = 'CITES'";
            return Pages(connection, links, order, paperIds, page);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> GetRelatedAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            // position holds the rank and confidence the score (AnalyticsWriter); reasons are in props.
            using var command = Command(
                connection,
                "SELECT src, dst, position, confidence, json_extract(props, '$.reasons') FROM edges "
                + "WHERE src IN (SELECT value FROM json_each($ids)) AND type = 'RELATED_TO' AND position <= $n ORDER BY src, position",
                ("$ids", Json(paperIds)),
                ("$n", first));
            return Group(command, r => r.GetString(0), r => new RelatedPaper(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? 0 : r.GetDouble(3),
                r.IsDBNull(4) ? [] : JsonSerializer.Deserialize<string[]>(r.GetString(4)) ?? []));
        }, cancellationToken);

    /// <summary>
    /// One page per owner over <paramref name="links"/> (a query of distinct <c>owner, pid</c> pairs): ranked with a
    /// window function, so every owner's page comes from one statement, plus one grouped count when asked for.
    /// </summary>
    private static IReadOnlyDictionary<string, PaperPage> Pages(
        SqliteConnection connection, string links, string order, IReadOnlyCollection<string> owners, PageRequest page, params (string Name, object? Value)[] extra)
    {
        var ids = Json(owners);
        var items = new Dictionary<string, List<PaperSummary>>(StringComparer.Ordinal);
        var more = new HashSet<string>(StringComparer.Ordinal);
        using (var command = Command(
            connection,
            $"WITH links AS ({links}), ranked AS (SELECT l.owner, {SummaryColumns}, ROW_NUMBER() OVER (PARTITION BY l.owner ORDER BY {order}) AS rn "
            + "FROM links l JOIN papers p ON p.id = l.pid) "
            + "SELECT * FROM ranked WHERE rn > $offset AND rn <= $end ORDER BY owner, rn",
            [("$ids", ids), ("$offset", page.Offset), ("$end", page.Offset + page.First + 1), .. extra]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var owner = reader.GetString(0);
                if (!items.TryGetValue(owner, out var list)) items[owner] = list = [];
                if (list.Count == page.First) more.Add(owner);
                else list.Add(ReadSummary(reader, 1));
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (page.IncludeTotalCount)
        {
            using var command = Command(connection, $"WITH links AS ({links}) SELECT owner, count(*) FROM links GROUP BY owner", [("$ids", ids), .. extra]);
            using var reader = command.ExecuteReader();
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt32(1);
        }
        var pages = new Dictionary<string, PaperPage>(owners.Count, StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            pages[owner] = new PaperPage(
                items.TryGetValue(owner, out var list) ? list : [], page.Offset, more.Contains(owner),
                page.IncludeTotalCount ? counts.GetValueOrDefault(owner) : null);
        }
        return pages;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Group<T>(SqliteCommand command, Func<SqliteDataReader, string> key, Func<SqliteDataReader, T> map)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var k = key(reader);
            if (!groups.TryGetValue(k, out var list)) groups[k] = list = [];
            list.Add(map(reader));
        }
        return groups.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }
}

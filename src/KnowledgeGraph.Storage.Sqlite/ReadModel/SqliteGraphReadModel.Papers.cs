using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

public sealed partial class SqliteGraphReadModel
{
    public async Task<PaperPage> GetPapersAsync(PaperQuery query, CancellationToken cancellationToken = default)
    {
        if (_pageCache is null || _dataVersion is null) return await ReadAsync(connection => Papers(connection, query), cancellationToken);
        await EnsureReadyAsync(cancellationToken);
        // The version is read before the query runs, so the page stored under it holds that version's data or newer.
        var version = _dataVersion.Read();
        if (_pageCache.TryGet(query, version, out var cached)) return cached!;
        var page = await ReadAsync(connection => Papers(connection, query), cancellationToken);
        _pageCache.Add(query, version, page);
        return page;
    }

    private static PaperPage Papers(SqliteConnection connection, PaperQuery query)
    {
        var parameters = new List<(string, object?)>();
        var from = new StringBuilder();
        var search = query.Search is { } text ? FtsQuery.AllWords(text) : null;
        if (query.Search is not null && search is null) return PaperPage.Empty; // only punctuation: nothing can match
        if (search is not null)
        {
            from.Append("FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH $q");
            parameters.Add(("$q", search));
        }
        else
        {
            from.Append("FROM papers p WHERE p.is_stub = 0");
        }
        EntityFilter(from, parameters, "$dataset", query.Dataset, NodeLabel.Dataset, RelationshipType.EvaluatesOn);
        EntityFilter(from, parameters, "$method", query.Method, NodeLabel.Method, RelationshipType.Proposes, RelationshipType.Uses, RelationshipType.ComparesWith);
        EntityFilter(from, parameters, "$task", query.Task, NodeLabel.Task, RelationshipType.Addresses);
        EntityFilter(from, parameters, "$concept", query.Concept, NodeLabel.Concept, RelationshipType.Mentions);
        if (query.YearFrom is { } yearFrom)
        {
            from.Append(" AND p.year >= $yearFrom");
            parameters.Add(("$yearFrom", yearFrom));
        }
        if (query.YearTo is { } yearTo)
        {
            from.Append(" AND p.year <= $yearTo");
            parameters.Add(("$yearTo", yearTo));
        }
        if (query.Community is { } community)
        {
            from.Append(" AND p.community = $community");
            parameters.Add(("$community", community));
        }

        var order = (query.Order ?? (search is null ? PaperOrder.PageRank : PaperOrder.Relevance)) switch
        {
            PaperOrder.Relevance when search is not null => "bm25(papers_fts, 10.0, 1.0)",
            PaperOrder.Citations => "p.citation_count DESC",
            PaperOrder.Newest => "p.year DESC, p.published DESC",
            PaperOrder.Oldest => "p.year IS NULL, p.year, p.published",
            PaperOrder.Title => "p.title COLLATE NOCASE",
            _ => "p.pagerank DESC",
        };
        var page = query.Page;
        // Search alone (no filter): every FTS row is a real paper (papers_fts indexes the papers_text view), so FTS5 can
        // rank and count by itself and only the rows of the page are joined to papers, instead of every match.
        var searchOnly = search is not null && parameters.Count == 1;
        var relevance = order.StartsWith("bm25", StringComparison.Ordinal);
        var sql = searchOnly && relevance
            ? $"SELECT {SummaryColumns} FROM (SELECT rowid AS pk, {order} AS r FROM papers_fts WHERE papers_fts MATCH $q ORDER BY r, rowid "
                + "LIMIT $limit OFFSET $offset) t JOIN papers p ON p.pk = t.pk ORDER BY t.r, p.pk"
            : $"SELECT {SummaryColumns} {from} ORDER BY {order}, p.pk LIMIT $limit OFFSET $offset";
        List<PaperSummary> items;
        // One row more than asked for says whether there is a next page without counting.
        using (var command = Command(connection, sql, [.. parameters, ("$limit", page.First + 1), ("$offset", page.Offset)]))
        {
            items = ReadSummaries(command, 0);
        }
        var hasNext = items.Count > page.First;
        if (hasNext) items.RemoveAt(items.Count - 1);
        int? total = null;
        if (page.IncludeTotalCount)
        {
            using var count = Command(connection, searchOnly ? "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH $q" : $"SELECT count(*) {from}", [.. parameters]);
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new PaperPage(items, page.Offset, hasNext, total);
    }

    private static void EntityFilter(StringBuilder from, List<(string, object?)> parameters, string name, string? value, NodeLabel label, params RelationshipType[] types)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        // Driven by the edges_dst (dst, type) index: the papers linked to one entity, whatever their number.
        var typeList = string.Join(", ", types.Select(t => "'" + t.ToGraphName() + "'"));
        from.Append($" AND p.id IN (SELECT src FROM edges WHERE dst = {name} AND type IN ({typeList}))");
        parameters.Add((name, EntityIdFor(label, value.Trim())));
    }
}

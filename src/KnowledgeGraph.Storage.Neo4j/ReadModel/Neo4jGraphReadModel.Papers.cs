using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.ReadModel;

public sealed partial class Neo4jGraphReadModel
{
    /// <summary>
    /// One statement: the full-text index (<c>paper_text</c>, the user's words as a parameter, every Lucene special
    /// character dropped by <see cref="FullTextQuery"/>) or every real paper, the filters as <c>EXISTS</c> subqueries,
    /// then either a <c>SKIP/LIMIT</c> page or, when the total is asked for, the ordered matches collected once so the
    /// count and the page come back together.
    /// </summary>
    public async Task<PaperPage> GetPapersAsync(PaperQuery query, CancellationToken cancellationToken = default)
    {
        var search = query.Search is { } text ? FullTextQuery.AllWords(text) : null;
        if (query.Search is not null && search is null) return PaperPage.Empty; // only punctuation: nothing can match
        var parameters = new List<(string, object?)>();
        var cypher = new StringBuilder();
        if (search is not null)
        {
            cypher.Append("CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node AS p, score WHERE NOT coalesce(p.isStub, false)");
            parameters.Add(("q", search));
        }
        else
        {
            cypher.Append("MATCH (p:Paper) WHERE NOT coalesce(p.isStub, false)");
        }
        EntityFilter(cypher, parameters, "dataset", query.Dataset, NodeLabel.Dataset, RelationshipType.EvaluatesOn);
        EntityFilter(cypher, parameters, "method", query.Method, NodeLabel.Method, RelationshipType.Proposes, RelationshipType.Uses, RelationshipType.ComparesWith);
        EntityFilter(cypher, parameters, "task", query.Task, NodeLabel.Task, RelationshipType.Addresses);
        EntityFilter(cypher, parameters, "concept", query.Concept, NodeLabel.Concept, RelationshipType.Mentions);
        if (query.YearFrom is { } yearFrom)
        {
            cypher.Append(" AND p.year >= $yearFrom");
            parameters.Add(("yearFrom", yearFrom));
        }
        if (query.YearTo is { } yearTo)
        {
            cypher.Append(" AND p.year <= $yearTo");
            parameters.Add(("yearTo", yearTo));
        }
        if (query.Community is { } community)
        {
            cypher.Append(" AND p.community = $community");
            parameters.Add(("community", community));
        }

        var order = (query.Order ?? (search is null ? PaperOrder.PageRank : PaperOrder.Relevance)) switch
        {
            PaperOrder.Relevance when search is not null => "score DESC",
            PaperOrder.Citations => NullsLastDescending("p.citationCount"),
            PaperOrder.Newest => NullsLastDescending("p.year") + ", " + NullsLastDescending("p.published"),
            PaperOrder.Oldest => "p.year IS NULL, p.year, p.published IS NOT NULL, p.published",
            PaperOrder.Title => "toLower(p.title)",
            _ => NullsLastDescending("p.pagerank"),
        };
        var carried = search is null ? "p" : "p, score";
        var page = query.Page;
        // One row more than asked for says whether there is a next page without counting.
        parameters.Add(("offset", page.Offset));
        parameters.Add(("limit", page.First + 1));
        cypher.Append(page.IncludeTotalCount
            ? $" WITH {carried} ORDER BY {order}, p.seq WITH collect(p) AS ps RETURN size(ps) AS total, [p IN ps[$offset..($offset + $limit)] | {Summary("p")}] AS items"
            : $" WITH {carried} ORDER BY {order}, p.seq SKIP $offset LIMIT $limit RETURN null AS total, collect({Summary("p")}) AS items");

        var result = await RunAsync(cypher.ToString(), cancellationToken, [.. parameters]);
        if (result.Rows.Count == 0) return new PaperPage([], page.Offset, false, page.IncludeTotalCount ? 0 : null);
        var row = result.Rows[0];
        var items = row[1].EnumerateArray().Select(ToSummary).ToList();
        var hasNext = items.Count > page.First;
        if (hasNext) items.RemoveAt(items.Count - 1);
        return new PaperPage(items, page.Offset, hasNext, page.IncludeTotalCount ? (int)(Json.Long(row[0]) ?? 0) : null);
    }

    /// <summary>The papers linked to one entity by one of <paramref name="types"/> (labels and types come from the model's enums).</summary>
    private static void EntityFilter(StringBuilder cypher, List<(string, object?)> parameters, string name, string? value, NodeLabel label, params RelationshipType[] types)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var typeList = string.Join("|", types.Select(t => t.ToGraphName()));
        cypher.Append($" AND EXISTS {{ MATCH (p)-[:{typeList}]->(:{label} {{id: ${name}}}) }}");
        parameters.Add((name, EntityIdFor(label, value.Trim())));
    }
}

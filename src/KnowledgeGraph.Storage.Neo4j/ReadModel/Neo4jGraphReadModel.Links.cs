using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.ReadModel;

public sealed partial class Neo4jGraphReadModel
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAuthorsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default)
    {
        if (paperIds.Count == 0) return new Dictionary<string, IReadOnlyList<string>>();
        var result = await RunAsync(
            "UNWIND $ids AS id MATCH (:Paper {id: id})-[r:AUTHORED_BY]->(a:Author) RETURN id, a.name ORDER BY id, r.position",
            cancellationToken, ("ids", Ids(paperIds)));
        return Group(result, r => Json.String(r[1]) ?? "");
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperEntityLink>>> GetEntityLinksAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default)
    {
        if (paperIds.Count == 0) return new Dictionary<string, IReadOnlyList<PaperEntityLink>>();
        var result = await RunAsync(
            "UNWIND $ids AS id MATCH (:Paper {id: id})-[r]->(n) WHERE type(r) IN $types AND NOT n:Paper "
            + $"RETURN id, type(r), {Entity("n")}, r.surface, r.evidence, r.confidence, r.extractor, n.props "
            + "ORDER BY id, type(r), r.confidence IS NULL, r.confidence DESC, n.name",
            cancellationToken, ("ids", Ids(paperIds)), ("types", ExtractedTypes));
        return Group(result, r =>
        {
            RelationshipTypeNames.TryParse(Json.String(r[1]) ?? "", out var type);
            return new PaperEntityLink(
                Json.String(r[0])!, type, ToEntity(r[2]), Json.String(r[3]), Json.String(r[4]), Json.Double(r[5]), Json.String(r[6]),
                NodeProperties.Strings(Json.String(r[7])));
        });
    }

    public Task<IReadOnlyDictionary<string, PaperPage>> GetCitationsAsync(
        IReadOnlyCollection<string> paperIds, CitationDirection direction, PageRequest page, CancellationToken cancellationToken = default)
    {
        var (pattern, order) = direction == CitationDirection.References
            ? ("MATCH (:Paper {id: owner})-[:CITES]->(p:Paper)", "coalesce(p.isStub, false), " + NullsLastDescending("p.year") + ", p.title")
            : ("MATCH (:Paper {id: owner})<-[:CITES]-(p:Paper)", NullsLastDescending("p.pagerank") + ", " + NullsLastDescending("p.year") + ", p.seq");
        return PagesAsync(pattern, order, paperIds, page, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> GetRelatedAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default)
    {
        if (paperIds.Count == 0) return new Dictionary<string, IReadOnlyList<RelatedPaper>>();
        var result = await RunAsync(
            "UNWIND $ids AS id MATCH (:Paper {id: id})-[r:RELATED_TO]->(b:Paper) WHERE r.rank <= $n RETURN id, b.id, r.rank, r.score, r.reasons ORDER BY id, r.rank",
            cancellationToken, ("ids", Ids(paperIds)), ("n", first));
        return Group(result, r => new RelatedPaper(
            Json.String(r[0])!, Json.String(r[1])!, (int)(Json.Long(r[2]) ?? 0), Json.Double(r[3]) ?? 0,
            r[4].ValueKind == JsonValueKind.Array ? [.. r[4].EnumerateArray().Select(Json.String).OfType<string>()] : []));
    }

    /// <summary>
    /// One page per owner from one statement: <paramref name="match"/> binds <c>owner</c>'s papers to <c>p</c>; they are
    /// ordered, collected per owner, counted and sliced on the server (one row more than the page says whether there is
    /// a next one).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, PaperPage>> PagesAsync(
        string match, string order, IReadOnlyCollection<string> owners, PageRequest page, CancellationToken cancellationToken, params (string Name, object? Value)[] extra)
    {
        var pages = new Dictionary<string, PaperPage>(owners.Count, StringComparer.Ordinal);
        if (owners.Count == 0) return pages;
        var result = await RunAsync(
            $"UNWIND $ids AS owner {match} WITH DISTINCT owner, p ORDER BY owner, {order}, p.seq "
            + $"WITH owner, collect(p) AS ps RETURN owner, size(ps) AS total, [p IN ps[$offset..$end] | {Summary("p")}] AS items",
            cancellationToken, [("ids", Ids(owners)), ("offset", page.Offset), ("end", page.Offset + page.First + 1), .. extra]);
        var found = new Dictionary<string, (List<PaperSummary> Items, int Total)>(StringComparer.Ordinal);
        foreach (var row in result.Rows) found[Json.String(row[0])!] = ([.. row[2].EnumerateArray().Select(ToSummary)], (int)(Json.Long(row[1]) ?? 0));
        foreach (var owner in owners)
        {
            var (items, total) = found.TryGetValue(owner, out var f) ? f : ([], 0);
            var hasNext = items.Count > page.First;
            if (hasNext) items.RemoveAt(items.Count - 1);
            pages[owner] = new PaperPage(items, page.Offset, hasNext, page.IncludeTotalCount ? total : null);
        }
        return pages;
    }
}

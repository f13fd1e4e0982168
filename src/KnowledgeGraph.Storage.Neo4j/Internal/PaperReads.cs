using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>The read side: every query the store answers, parameterized, in as few round trips as the protocol allows.</summary>
internal static class PaperReads
{
    public const string PaperMap = "p {.id, .title, .abstract, .published, .year, .venue, .ids, .isStub, .sources}";

    private const string Lookup =
        "UNWIND $candidates AS c OPTIONAL MATCH (p:Paper {id: c}) OPTIONAL MATCH (k:PaperKey {key: c}) RETURN c, p.id AS paperId, k.paperId AS owner";

    public static async Task<string?> ResolveIdAsync(Neo4jClient client, string text, CancellationToken cancellationToken)
    {
        var input = text.Trim();
        if (input.Length == 0) return null;
        var candidates = new List<string> { input };
        candidates.AddRange(ExternalIdKeys.CandidateKeys(input));
        var result = await client.RunAsync(new CypherStatement(Lookup, new Dictionary<string, object?> { ["candidates"] = candidates.Distinct().ToArray() }), cancellationToken);
        var byCandidate = new Dictionary<string, (string? PaperId, string? Owner)>(StringComparer.Ordinal);
        foreach (var row in result.Rows) byCandidate[Json.String(row[0])!] = (Json.String(row[1]), Json.String(row[2]));
        if (byCandidate.TryGetValue(input, out var direct) && direct.PaperId is not null) return direct.PaperId;
        foreach (var key in candidates.Skip(1))
        {
            if (!byCandidate.TryGetValue(key, out var found)) continue;
            if (found.Owner is not null) return found.Owner;
            if (found.PaperId is not null) return found.PaperId;
        }
        return null;
    }

    public static async Task<PaperDetails?> GetDetailsAsync(Neo4jClient client, string id, CancellationToken cancellationToken)
    {
        var p = new Dictionary<string, object?> { ["id"] = id };
        var results = await client.RunAsync(
        [
            new CypherStatement($"MATCH (p:Paper {{id: $id}}) RETURN {PaperMap} AS paper", p),
            new CypherStatement("MATCH (:Paper {id: $id})-[r:AUTHORED_BY]->(a:Author) RETURN a.name AS name ORDER BY r.position", p),
            new CypherStatement(
                "MATCH (:Paper {id: $id})-[r]->(n) WHERE NOT n:Paper AND type(r) <> 'AUTHORED_BY' "
                + "RETURN type(r) AS type, labels(n) AS labels, n.id AS id, n.name AS name, r.surface AS surface, r.evidence AS evidence, "
                + "r.confidence AS confidence, r.extractor AS extractor ORDER BY type, r.confidence DESC, name", p),
            new CypherStatement(
                $"MATCH (:Paper {{id: $id}})-[:CITES]->(p:Paper) RETURN {PaperMap} AS paper ORDER BY p.isStub, p.year DESC, p.title", p),
            new CypherStatement("MATCH (:Paper {id: $id})<-[r:CITES]-() RETURN count(r) AS n", p),
            new CypherStatement(
                "MATCH (:Paper {id: $id})-[r:BUILDS_ON|COMPARES_WITH]->(p:Paper) WHERE r.extractor = 'lineage' "
                + "RETURN type(r) AS type, p.id AS id, p.title AS title, r.method AS method, r.evidence AS evidence ORDER BY type, title", p),
            new CypherStatement(
                "MATCH (d:IdentityDecision {paperId: $id}) RETURN d.decision AS decision, d.source AS source, d.otherId AS otherId, d.reason AS reason "
                + "ORDER BY decision DESC, source", p),
        ], cancellationToken);
        if (results[0].Rows.Count == 0) return null;

        var links = new List<StoredLink>();
        foreach (var row in results[2].Rows)
        {
            if (!RelationshipTypeNames.TryParse(Json.String(row[0]) ?? "", out var type)) continue;
            var label = row[1].EnumerateArray().Select(l => Enum.TryParse<NodeLabel>(l.GetString(), out var x) ? x : (NodeLabel?)null).FirstOrDefault(l => l is not null);
            if (label is null) continue;
            links.Add(new StoredLink(type, label.Value, Json.String(row[2])!, Json.String(row[3]) ?? "", Json.String(row[4]), Json.String(row[5]), Json.Double(row[6]), Json.String(row[7])));
        }
        var lineage = new List<LineageLink>();
        foreach (var row in results[5].Rows)
        {
            if (!RelationshipTypeNames.TryParse(Json.String(row[0]) ?? "", out var type)) continue;
            lineage.Add(new LineageLink(type, Json.String(row[1])!, Json.String(row[2]) ?? "", Json.String(row[3]) ?? "", Json.String(row[4])));
        }
        return new PaperDetails
        {
            Paper = ToPaper(results[0].Rows[0][0]),
            Authors = [.. results[1].Rows.Select(r => Json.String(r[0]) ?? "")],
            Links = links,
            References = [.. results[3].Rows.Select(r => ToPaper(r[0]))],
            CitedByCount = (int)(Json.Long(results[4].Rows[0][0]) ?? 0),
            Lineage = lineage,
            Identity = [.. results[6].Rows.Select(r => new IdentityDecision(Json.String(r[0])!, Json.String(r[1])!, Json.String(r[2])!, Json.String(r[3]) ?? ""))],
        };
    }

    public static async Task<IReadOnlyList<PaperNode>> FindAsync(Neo4jClient client, string text, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        if (await ResolveIdAsync(client, text, cancellationToken) is { } id)
        {
            var one = await client.RunAsync(new CypherStatement($"MATCH (p:Paper {{id: $id}}) RETURN {PaperMap} AS paper", new Dictionary<string, object?> { ["id"] = id }), cancellationToken);
            return [.. one.Rows.Select(r => ToPaper(r[0]))];
        }
        var byTitle = await client.RunAsync(new CypherStatement(
            $"MATCH (p:Paper {{titleKey: $titleKey}}) RETURN {PaperMap} AS paper ORDER BY p.isStub, p.seq LIMIT $n",
            new Dictionary<string, object?> { ["titleKey"] = PaperIdentity.TitleKey(text), ["n"] = limit }), cancellationToken);
        if (byTitle.Rows.Count > 0) return [.. byTitle.Rows.Select(r => ToPaper(r[0]))];
        if (FullTextQuery.TitleWordsLastPrefix(text) is not { } query) return [];
        var hits = await client.RunAsync(new CypherStatement(
            $"CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score WHERE NOT coalesce(p.isStub, false) RETURN {PaperMap} AS paper ORDER BY score DESC LIMIT $n",
            new Dictionary<string, object?> { ["query"] = query, ["n"] = limit }), cancellationToken);
        return [.. hits.Rows.Select(r => ToPaper(r[0]))];
    }

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(Neo4jClient client, string text, int top, CancellationToken cancellationToken)
    {
        if (top <= 0 || FullTextQuery.AllWords(text) is not { } query) return [];
        var words = FullTextQuery.Words(text);
        var hits = await client.RunAsync(new CypherStatement(
            $"CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score WHERE NOT coalesce(p.isStub, false) RETURN {PaperMap} AS paper, score ORDER BY score DESC LIMIT $n",
            new Dictionary<string, object?> { ["query"] = query, ["n"] = top }), cancellationToken);
        return [.. hits.Rows.Select(r =>
        {
            var paper = ToPaper(r[0]);
            return new SearchHit(paper, Json.Double(r[1]) ?? 0, FullTextQuery.Snippet(paper.Title, paper.Abstract, words));
        })];
    }

    /// <summary>
    /// Every count in one statement (one round trip): real and stub papers, relationships per type, and one count per
    /// node label of the model (labels cannot be parameters; they come from the enum). Label counts are count-store lookups.
    /// </summary>
    public static async Task<GraphStats> StatsAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var labels = Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Paper).ToArray();
        var branches = new List<string>
        {
            "MATCH (p:Paper) RETURN 'paper' AS kind, CASE WHEN coalesce(p.isStub, false) THEN 'stub' ELSE 'real' END AS key, count(*) AS n",
            "MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS key, count(*) AS n",
        };
        branches.AddRange(labels.Select(l => $"MATCH (x:{l}) RETURN 'label' AS kind, '{l}' AS key, count(x) AS n"));
        var result = await client.RunAsync(new CypherStatement($"CALL {{ {string.Join(" UNION ALL ", branches)} }} RETURN kind, key, n"), cancellationToken);

        var nodes = Enum.GetValues<NodeLabel>().ToDictionary(l => l, _ => 0L);
        var relationships = RelationshipTypeNames.All.ToDictionary(t => t, _ => 0L);
        long stubs = 0;
        foreach (var row in result.Rows)
        {
            var key = Json.String(row[1]) ?? "";
            var n = Json.Long(row[2]) ?? 0;
            switch (Json.String(row[0]))
            {
                case "paper" when key == "stub": stubs = n; break;
                case "paper": nodes[NodeLabel.Paper] = n; break;
                case "relationship" when RelationshipTypeNames.TryParse(key, out var type): relationships[type] = n; break;
                case "label" when Enum.TryParse<NodeLabel>(key, out var label): nodes[label] = n; break;
            }
        }
        return new GraphStats(nodes, relationships, stubs);
    }

    public static PaperNode ToPaper(JsonElement p) => new()
    {
        Id = Json.String(p, "id")!,
        Title = Json.String(p, "title") ?? "",
        Abstract = Json.String(p, "abstract"),
        Published = Json.String(p, "published"),
        Year = Json.Int(p, "year"),
        Venue = Json.String(p, "venue"),
        Ids = ExternalIdKeys.FromKeys(Json.Strings(p, "ids")),
        IsStub = Json.Bool(p, "isStub"),
        Sources = [.. Json.Strings(p, "sources")],
    };
}

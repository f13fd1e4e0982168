using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.ReadModel;

/// <summary>
/// <see cref="IGraphReadModel"/> over a <see cref="Neo4jGraphStore"/>'s database, with the SQLite read model's semantics.
/// Every batched call is one parameterized statement (ids travel as one <c>$ids</c> list, unwound on the server), so a
/// GraphQL query over N papers costs the same number of round trips as one over a single paper. Orders match the
/// SQLite store's: missing values sort last, ties fall back to creation order (<c>seq</c>).
/// </summary>
public sealed partial class Neo4jGraphReadModel(Neo4jGraphStore store) : IGraphReadModel
{
    private static readonly string[] ExtractedTypes = [.. PaperLinks.ExtractedTypes.Select(t => t.ToGraphName())];

    private readonly Neo4jClient _client = store.Client;

    public async Task<string?> ResolvePaperIdAsync(string idOrKey, CancellationToken cancellationToken = default)
    {
        await store.EnsureInitializedAsync(cancellationToken);
        return await PaperReads.ResolveIdAsync(_client, idOrKey ?? "", cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, PaperSummary>> GetPapersByIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default)
    {
        if (paperIds.Count == 0) return new Dictionary<string, PaperSummary>();
        var result = await RunAsync($"UNWIND $ids AS id MATCH (p:Paper {{id: id}}) RETURN {Summary("p")} AS paper", cancellationToken, ("ids", Ids(paperIds)));
        var papers = new Dictionary<string, PaperSummary>(result.Rows.Count, StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var paper = ToSummary(row[0]);
            papers[paper.Id] = paper;
        }
        return papers;
    }

    public async Task<IReadOnlyList<CommunitySummary>> GetCommunitiesAsync(int first, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync("MATCH (c:Community) RETURN c.id, c.size, c.label ORDER BY c.size DESC, c.id LIMIT $n", cancellationToken, ("n", first));
        return [.. result.Rows.Select(r => new CommunitySummary((int)(Json.Long(r[0]) ?? 0), (int)(Json.Long(r[1]) ?? 0), Json.String(r[2]) ?? ""))];
    }

    public async Task<IReadOnlyList<PaperSummary>> GetTopPapersAsync(PaperRanking by, int first, CancellationToken cancellationToken = default)
    {
        var order = by == PaperRanking.Citations ? NullsLastDescending("p.citationCount") : NullsLastDescending("p.pagerank");
        var result = await RunAsync(
            $"MATCH (p:Paper) WHERE NOT coalesce(p.isStub, false) WITH p ORDER BY {order}, p.seq LIMIT $n RETURN {Summary("p")} AS paper",
            cancellationToken, ("n", first));
        return [.. result.Rows.Select(r => ToSummary(r[0]))];
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await store.EnsureInitializedAsync(cancellationToken);
        return await PaperReads.StatsAsync(_client, cancellationToken);
    }

    /// <summary>A paper with its analytics properties, as a map projection of <paramref name="variable"/>.</summary>
    internal static string Summary(string variable) =>
        $"{variable} {{.id, .title, .abstract, .published, .year, .venue, .ids, .isStub, .sources, .pagerank, .citationCount, .community}}";

    /// <summary>An entity as a map projection of <paramref name="variable"/>, with its labels.</summary>
    internal static string Entity(string variable) => $"{variable} {{.id, .name, .discovered, labels: labels({variable})}}";

    /// <summary>
    /// True for any entity label (every node label but Paper). An id alone does not name a label, and an unlabelled
    /// lookup would scan every node; a disjunction of labels lets the planner seek each label's id constraint.
    /// </summary>
    internal static string IsEntity(string variable) =>
        "(" + string.Join(" OR ", Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Paper).Select(l => $"{variable}:{l}")) + ")";

    /// <summary>Neo4j sorts null first in a descending order, SQLite last: this keeps SQLite's order.</summary>
    internal static string NullsLastDescending(string property) => $"{property} IS NULL, {property} DESC";

    internal static PaperSummary ToSummary(JsonElement p) =>
        new(PaperReads.ToPaper(p), Json.Double(p, "pagerank"), Json.Int(p, "citationCount"), Json.Int(p, "community"));

    internal static EntityNode ToEntity(JsonElement n) => new(
        Json.String(n, "id") ?? "",
        ParseLabel(n, NodeLabel.Concept),
        Json.String(n, "name") ?? "",
        Json.Bool(n, "discovered"));

    /// <summary>The first of a node's labels that is a model label.</summary>
    internal static NodeLabel ParseLabel(JsonElement node, NodeLabel fallback)
    {
        foreach (var label in Json.Strings(node, "labels"))
        {
            if (Enum.TryParse<NodeLabel>(label, out var parsed)) return parsed;
        }
        return fallback;
    }

    /// <summary>The entity id a filter names: an id with the right label prefix as is, else the id of that canonical name.</summary>
    internal static string EntityIdFor(NodeLabel label, string nameOrId)
    {
        var prefix = label.ToString().ToLowerInvariant() + ":";
        return nameOrId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? prefix + nameOrId[prefix.Length..] : EntityId.For(label, nameOrId);
    }

    private static string[] Ids(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private async Task<CypherResult> RunAsync(string cypher, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await store.EnsureInitializedAsync(cancellationToken);
        return await _client.RunAsync(new CypherStatement(cypher, WritePlan.Row(parameters)), cancellationToken);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Group<T>(CypherResult result, Func<JsonElement[], T> map)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var key = Json.String(row[0])!;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(map(row));
        }
        return groups.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }
}

using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Everything identity resolution may ask about a batch, read in two round trips inside the batch's transaction:
/// first the owners of every id key and the papers with every normalized title the batch names, then those papers
/// (and the ids the batch would create) with their outgoing CITES and link edges. Resolution then runs in memory.
/// </summary>
internal static class BatchPrefetch
{
    private const string OwnersOfKeys = "UNWIND $keys AS key MATCH (k:PaperKey {key: key}) RETURN k.key AS key, k.paperId AS paperId";
    private const string PapersWithTitles = "UNWIND $titleKeys AS t MATCH (p:Paper {titleKey: t}) RETURN p.id AS id";
    private const string PapersById =
        "UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN p {.*} AS paper, size([(p)-[:AUTHORED_BY]->() | 1]) > 0 AS hasAuthors";
    private const string OutgoingEdges =
        "UNWIND $ids AS id MATCH (p:Paper {id: id})-[r]->(n) WHERE type(r) IN $types "
        + "RETURN p.id AS src, type(r) AS type, n.id AS dst, r.confidence AS confidence, r.evidence AS evidence, "
        + "r.evidenceStart AS evidenceStart, r.surface AS surface, r.extractor AS extractor, r.props AS props";

    private static readonly string[] EdgeTypes =
        [RelationshipType.Cites.ToGraphName(), .. PaperLinks.ExtractedTypes.Select(t => t.ToGraphName())];

    public static async Task<BatchState> LoadAsync(
        ICypherTransaction transaction, IReadOnlyList<PaperUpsert> papers, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var titleKeys = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(paperIds, StringComparer.Ordinal);
        foreach (var upsert in papers)
        {
            var record = upsert?.Record;
            if (record is null) continue;
            keys.UnionWith(record.Ids.Keys());
            var title = string.IsNullOrWhiteSpace(record.Title) ? null : record.Title;
            ids.Add(PaperIdentity.ChooseId(record.Ids, title));
            titleKeys.Add(PaperIdentity.TitleKey(title ?? PaperIdentity.ChooseId(record.Ids, null)));
            foreach (var reference in record.References)
            {
                if (reference is null) continue;
                var refIds = reference.Ids ?? ExternalIds.None;
                keys.UnionWith(refIds.Keys());
                foreach (var text in new[] { reference.Title, reference.RawText, refIds.Keys().FirstOrDefault() })
                {
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    titleKeys.Add(PaperIdentity.TitleKey(text.Trim()));
                    ids.Add(PaperIdentity.ChooseId(refIds, text.Trim()));
                }
            }
        }

        var first = await transaction.RunAsync(
        [
            new CypherStatement(OwnersOfKeys, new Dictionary<string, object?> { ["keys"] = keys.ToArray() }),
            new CypherStatement(PapersWithTitles, new Dictionary<string, object?> { ["titleKeys"] = titleKeys.ToArray() }),
        ], cancellationToken);
        var state = new BatchState();
        foreach (var row in first[0].Rows)
        {
            if (Json.String(row[0]) is { } key && Json.String(row[1]) is { } owner)
            {
                state.KeyOwners[key] = owner;
                ids.Add(owner);
            }
        }
        foreach (var row in first[1].Rows)
        {
            if (Json.String(row[0]) is { } id) ids.Add(id);
        }

        var idList = ids.ToArray();
        var second = await transaction.RunAsync(
        [
            new CypherStatement(PapersById, new Dictionary<string, object?> { ["ids"] = idList }),
            new CypherStatement(OutgoingEdges, new Dictionary<string, object?> { ["ids"] = idList, ["types"] = EdgeTypes }),
        ], cancellationToken);
        foreach (var row in second[0].Rows)
        {
            state.Add(PaperState.FromJson(row[0], row[1].ValueKind == JsonValueKind.True));
        }
        foreach (var row in second[1].Rows)
        {
            var src = Json.String(row[0])!;
            var type = Json.String(row[1])!;
            var dst = Json.String(row[2]);
            if (dst is null) continue;
            state.EdgesOf(src)[(type, dst)] = new EdgeProps(
                Json.Double(row[3]), Json.String(row[4]), Json.Long(row[5]), Json.String(row[6]), Json.String(row[7]), Json.String(row[8]));
        }
        return state;
    }
}

/// <summary>The properties of an extracted edge that decide whether re-writing it changes anything.</summary>
internal sealed record EdgeProps(double? Confidence, string? Evidence, long? EvidenceStart, string? Surface, string? Extractor, string? Props);

/// <summary>The batch's view of the graph: prefetched from the server, then updated by the batch as it plans.</summary>
internal sealed class BatchState
{
    private readonly Dictionary<string, List<PaperState>> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<(string Type, string Dst), EdgeProps?>> _edges = new(StringComparer.Ordinal);

    public Dictionary<string, string> KeyOwners { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PaperState> Papers { get; } = new(StringComparer.Ordinal);

    public long MaxSeq { get; private set; }

    public void Add(PaperState paper)
    {
        Papers[paper.Id] = paper;
        MaxSeq = Math.Max(MaxSeq, paper.Seq);
        IndexTitle(paper);
    }

    public void IndexTitle(PaperState paper)
    {
        if (!_byTitle.TryGetValue(paper.TitleKey, out var list)) _byTitle[paper.TitleKey] = list = [];
        if (!list.Contains(paper)) list.Add(paper);
    }

    /// <summary>Papers whose current normalized title is <paramref name="titleKey"/>: real papers first, then oldest first (at most 16).</summary>
    public IEnumerable<PaperState> WithTitle(string titleKey) =>
        _byTitle.TryGetValue(titleKey, out var list)
            ? list.Where(p => p.TitleKey == titleKey).OrderBy(p => p.IsStub).ThenBy(p => p.Seq).Take(16).ToList()
            : [];

    public Dictionary<(string Type, string Dst), EdgeProps?> EdgesOf(string paperId)
    {
        if (!_edges.TryGetValue(paperId, out var edges)) _edges[paperId] = edges = [];
        return edges;
    }
}

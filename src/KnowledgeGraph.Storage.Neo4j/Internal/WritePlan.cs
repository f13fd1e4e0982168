using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>What one batch writes, collected by <see cref="BatchPlanner"/> and sent as batched UNWIND statements in one transaction.</summary>
internal sealed class WritePlan
{
    private static readonly string[] ExtractedTypeNames = [.. PaperLinks.ExtractedTypes.Select(t => t.ToGraphName())];

    public Dictionary<string, PaperState> Papers { get; } = new(StringComparer.Ordinal);
    public List<(string Key, string PaperId)> Keys { get; } = [];
    public Dictionary<string, EntityNodeRow> Nodes { get; } = new(StringComparer.Ordinal);
    public List<EdgeRow> Edges { get; } = [];
    public HashSet<IdentityRow> Identity { get; } = [];
    public HashSet<string> LinkedPapers { get; } = new(StringComparer.Ordinal);
    public List<string> ClearLinksOf { get; } = [];

    /// <summary>The statements, in dependency order: nodes before the edges between them, lineage last.</summary>
    public IEnumerable<CypherStatement> ToStatements(int rowsPerStatement)
    {
        foreach (var s in Batched(WriteCypher.Papers, Papers.Values.Select(p => Row(("id", p.Id), ("props", p.ToProperties()))), rowsPerStatement)) yield return s;
        foreach (var s in Batched(WriteCypher.Keys, Keys.Select(k => Row(("key", k.Key), ("paperId", k.PaperId))), rowsPerStatement)) yield return s;
        foreach (var group in Nodes.Values.GroupBy(n => n.Label).OrderBy(g => g.Key))
        {
            var rows = group.Select(n => Row(("id", n.Id), ("name", n.Name), ("discovered", n.Discovered), ("props", n.PropsJson), ("fields", n.Fields)));
            foreach (var s in Batched(WriteCypher.Nodes(group.Key), rows, rowsPerStatement)) yield return s;
        }
        if (ClearLinksOf.Count > 0)
        {
            yield return new CypherStatement(WriteCypher.ClearLinks, new Dictionary<string, object?> { ["ids"] = ClearLinksOf.ToArray(), ["types"] = ExtractedTypeNames });
        }
        foreach (var group in Edges.GroupBy(e => (e.Type, e.FromLabel, e.ToLabel, e.Upsert)).OrderBy(g => g.Key))
        {
            var rows = group.Select(e => Row(("src", e.Src), ("dst", e.Dst), ("props", e.Props)));
            foreach (var s in Batched(WriteCypher.Edges(group.Key.Type, group.Key.FromLabel, group.Key.ToLabel, group.Key.Upsert), rows, rowsPerStatement)) yield return s;
        }
        var identity = Identity.Select(i => Row(("paperId", i.PaperId), ("source", i.Source), ("decision", i.Decision), ("otherId", i.OtherId), ("reason", i.Reason)));
        foreach (var s in Batched(WriteCypher.Identity, identity, rowsPerStatement)) yield return s;
        if (LinkedPapers.Count > 0)
        {
            var ids = new Dictionary<string, object?> { ["ids"] = LinkedPapers.ToArray() };
            yield return new CypherStatement(WriteCypher.ClearLineage, ids);
            yield return new CypherStatement(WriteCypher.AddLineage(RelationshipType.Uses, RelationshipType.BuildsOn), ids);
            yield return new CypherStatement(WriteCypher.AddLineage(RelationshipType.ComparesWith, RelationshipType.ComparesWith), ids);
        }
    }

    /// <summary>One statement per <paramref name="size"/> rows.</summary>
    public static IEnumerable<CypherStatement> Batched(string text, IEnumerable<Dictionary<string, object?>> rows, int size) =>
        rows.Chunk(size).Select(chunk => new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = chunk }));

    public static Dictionary<string, object?> Row(params (string Name, object? Value)[] values)
    {
        var row = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values) row[name] = value;
        return row;
    }
}

/// <summary>A non-paper node: id, label, name, and for a Result its properties (as JSON and as node properties).</summary>
internal sealed record EntityNodeRow(string Id, NodeLabel Label, string Name, bool Discovered, string? PropsJson, IReadOnlyDictionary<string, string> Fields);

/// <summary>A relationship to write; <see cref="Upsert"/> refreshes an existing edge's properties.</summary>
internal sealed record EdgeRow(RelationshipType Type, NodeLabel FromLabel, string Src, NodeLabel ToLabel, string Dst, bool Upsert, Dictionary<string, object?> Props);

/// <summary>One identity decision (merged / kept-apart) and why.</summary>
internal sealed record IdentityRow(string PaperId, string Source, string Decision, string OtherId, string Reason);

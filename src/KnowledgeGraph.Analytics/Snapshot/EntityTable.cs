using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// The entities of a snapshot and who links to them, in CSR form both ways: paper → (entity, relationship) and
/// entity → papers. Entity ids are dense ints; the name and label identify an entity.
/// </summary>
public sealed class EntityTable
{
    internal EntityTable(string[] names, NodeLabel[] labels, string?[] broader, int[] paperOffsets, int[] paperEntities,
        RelationshipType[] paperTypes, int[] entityOffsets, int[] entityPapers)
    {
        Names = names;
        Labels = labels;
        Broader = broader;
        PaperOffsets = paperOffsets;
        PaperEntities = paperEntities;
        PaperTypes = paperTypes;
        EntityOffsets = entityOffsets;
        EntityPapers = entityPapers;
        Idf = new double[names.Length];
        var papers = Math.Max(1, paperOffsets.Length - 1);
        for (var e = 0; e < names.Length; e++)
        {
            Idf[e] = Math.Log((double)papers / Math.Max(1, DocumentFrequency(e)));
        }
    }

    public int Count => Names.Length;

    public string[] Names { get; }

    public NodeLabel[] Labels { get; }

    public string?[] Broader { get; }

    /// <summary>ln(papers / papers linking the entity): rare entities weigh more.</summary>
    public double[] Idf { get; }

    internal int[] PaperOffsets { get; }

    internal int[] PaperEntities { get; }

    internal RelationshipType[] PaperTypes { get; }

    internal int[] EntityOffsets { get; }

    internal int[] EntityPapers { get; }

    /// <summary>Entities of a paper, sorted by entity id (one entry per distinct entity).</summary>
    public ReadOnlySpan<int> EntitiesOf(int paper) => PaperEntities.AsSpan(PaperOffsets[paper], PaperOffsets[paper + 1] - PaperOffsets[paper]);

    public RelationshipType TypeOf(int paper, int slot) => PaperTypes[PaperOffsets[paper] + slot];

    public ReadOnlySpan<int> PapersOf(int entity) => EntityPapers.AsSpan(EntityOffsets[entity], EntityOffsets[entity + 1] - EntityOffsets[entity]);

    public int DocumentFrequency(int entity) => EntityOffsets[entity + 1] - EntityOffsets[entity];

    /// <summary>Shared entities of two papers as (entity, type in a, type in b).</summary>
    public List<(int Entity, RelationshipType A, RelationshipType B)> Shared(int a, int b)
    {
        var x = EntitiesOf(a);
        var y = EntitiesOf(b);
        var shared = new List<(int, RelationshipType, RelationshipType)>();
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared.Add((x[i], TypeOf(a, i), TypeOf(b, j)));
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared;
    }

    internal static EntityTable Build(int paperCount, IReadOnlyList<(int Paper, EntityInput Link)> links)
    {
        var ids = new Dictionary<(NodeLabel, string), int>();
        var names = new List<string>();
        var labels = new List<NodeLabel>();
        var broader = new List<string?>();
        var perPaper = new List<(int Paper, int Entity, RelationshipType Type)>(links.Count);
        foreach (var (paper, link) in links)
        {
            var key = (link.Label, link.Name.Trim().ToLowerInvariant());
            if (!ids.TryGetValue(key, out var id))
            {
                id = names.Count;
                ids[key] = id;
                names.Add(link.Name.Trim());
                labels.Add(link.Label);
                broader.Add(link.Broader);
            }
            else if (broader[id] is null && link.Broader is not null)
            {
                broader[id] = link.Broader;
            }
            perPaper.Add((paper, id, link.Type));
        }
        // One entry per (paper, entity): the first relationship seen wins, sorted by entity id.
        perPaper.Sort((x, y) => x.Paper != y.Paper ? x.Paper.CompareTo(y.Paper) : x.Entity.CompareTo(y.Entity));
        var paperOffsets = new int[paperCount + 1];
        var paperEntities = new List<int>(perPaper.Count);
        var paperTypes = new List<RelationshipType>(perPaper.Count);
        var entityCounts = new int[names.Count + 1];
        for (var i = 0; i < perPaper.Count; i++)
        {
            var (paper, entity, type) = perPaper[i];
            if (i > 0 && perPaper[i - 1].Paper == paper && perPaper[i - 1].Entity == entity) continue;
            paperEntities.Add(entity);
            paperTypes.Add(type);
            paperOffsets[paper + 1]++;
            entityCounts[entity + 1]++;
        }
        for (var p = 0; p < paperCount; p++) paperOffsets[p + 1] += paperOffsets[p];
        for (var e = 0; e < names.Count; e++) entityCounts[e + 1] += entityCounts[e];
        var entityPapers = new int[paperEntities.Count];
        var cursor = entityCounts.AsSpan(0, names.Count).ToArray();
        for (var p = 0; p < paperCount; p++)
        {
            for (var k = paperOffsets[p]; k < paperOffsets[p + 1]; k++) entityPapers[cursor[paperEntities[k]]++] = p;
        }
        return new EntityTable([.. names], [.. labels], [.. broader], paperOffsets, [.. paperEntities], [.. paperTypes], entityCounts, entityPapers);
    }
}

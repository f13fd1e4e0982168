using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Similarity;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// Labels communities class-TF-IDF style: an entity (or title word) scores (papers of the community that hold it)
/// × ln(all papers / papers that hold it), so what is frequent inside and rare outside comes first.
/// </summary>
internal static class CommunityLabeler
{
    public static IReadOnlyList<CommunityLabel> Label(CommunityResult communities, EntityTable entities, Bm25Index text, int top = 3, int maxCommunities = 1000)
    {
        var n = communities.Membership.Length;
        var sizes = new int[communities.Count];
        foreach (var c in communities.Membership) sizes[c]++;
        var labelled = Math.Min(communities.Count, maxCommunities);
        var entityCounts = new Dictionary<int, int>[labelled];
        var termCounts = new Dictionary<int, int>[labelled];
        for (var c = 0; c < labelled; c++)
        {
            entityCounts[c] = [];
            termCounts[c] = [];
        }
        var termDf = new Dictionary<int, int>();
        for (var p = 0; p < n; p++)
        {
            foreach (var t in text.DocumentTerms(p)) termDf[t] = termDf.GetValueOrDefault(t) + 1;
            var c = communities.Membership[p];
            if (c >= labelled) continue;
            foreach (var e in entities.EntitiesOf(p)) entityCounts[c][e] = entityCounts[c].GetValueOrDefault(e) + 1;
            foreach (var t in text.DocumentTerms(p)) termCounts[c][t] = termCounts[c].GetValueOrDefault(t) + 1;
        }
        var labels = new List<CommunityLabel>(labelled);
        for (var c = 0; c < labelled; c++)
        {
            var topEntities = entityCounts[c]
                .Where(kv => kv.Value > 1 || sizes[c] < 3)
                .OrderByDescending(kv => kv.Value * entities.Idf[kv.Key]).ThenBy(kv => kv.Key)
                .Take(top).Select(kv => entities.Names[kv.Key]).ToList();
            var topTerms = termCounts[c]
                .Where(kv => kv.Value > 1 || sizes[c] < 3)
                .OrderByDescending(kv => kv.Value * Math.Log((double)n / termDf[kv.Key])).ThenBy(kv => kv.Key)
                .Take(top).Select(kv => text.TermText(kv.Key)).ToList();
            labels.Add(new CommunityLabel(c, sizes[c], topEntities, topTerms));
        }
        return labels;
    }
}

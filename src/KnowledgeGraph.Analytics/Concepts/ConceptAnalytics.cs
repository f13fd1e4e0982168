using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Concepts;

/// <summary>Concept co-occurrence and emerging concepts over a snapshot's paper → entity links.</summary>
public static class ConceptAnalytics
{
    /// <summary>
    /// Entity pairs that appear in at least <paramref name="minPapers"/> papers together, most frequent first
    /// (ties: higher PMI). Papers with more than <paramref name="maxEntitiesPerPaper"/> entities contribute only
    /// their rarest ones, which bounds the quadratic pair count.
    /// </summary>
    public static IReadOnlyList<ConceptPair> CoOccurrence(AnalyticsSnapshot snapshot, int top = 50, int minPapers = 2, int maxEntitiesPerPaper = 40)
    {
        var entities = snapshot.Entities;
        var counts = new Dictionary<long, int>();
        for (var p = 0; p < snapshot.PaperCount; p++)
        {
            var own = entities.EntitiesOf(p).ToArray();
            if (own.Length > maxEntitiesPerPaper) own = [.. own.OrderByDescending(e => entities.Idf[e]).Take(maxEntitiesPerPaper).Order()];
            for (var i = 0; i < own.Length; i++)
            {
                for (var j = i + 1; j < own.Length; j++)
                {
                    var key = ((long)own[i] << 32) | (uint)own[j];
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        var n = (double)Math.Max(1, snapshot.PaperCount);
        return counts.Where(kv => kv.Value >= minPapers)
            .Select(kv =>
            {
                var a = (int)(kv.Key >> 32);
                var b = (int)(kv.Key & 0xffffffff);
                var pmi = Math.Log(kv.Value * n / ((double)entities.DocumentFrequency(a) * entities.DocumentFrequency(b)));
                return new ConceptPair(entities.Names[a], entities.Labels[a], entities.Names[b], entities.Labels[b], kv.Value, pmi);
            })
            .OrderByDescending(x => x.Papers).ThenByDescending(x => x.Pmi).ThenBy(x => x.A, StringComparer.Ordinal)
            .Take(top).ToList();
    }

    /// <summary>
    /// Entities whose share of papers in the last <paramref name="recentYears"/> years (up to the newest year in
    /// the snapshot) most exceeds their share before; papers without a year are ignored. Growth =
    /// (recent/recentTotal + s) / (earlier/earlierTotal + s) with s = 1/earlierTotal, so a brand-new concept scores
    /// high but finite. Only entities with at least <paramref name="minRecentPapers"/> recent papers qualify.
    /// </summary>
    public static IReadOnlyList<EmergingConcept> Emerging(AnalyticsSnapshot snapshot, int recentYears = 1, int minRecentPapers = 3, int top = 50)
    {
        var newest = snapshot.Years.DefaultIfEmpty(0).Max();
        if (newest == 0) return [];
        var cutoff = newest - recentYears;
        var entities = snapshot.Entities;
        var recent = new int[entities.Count];
        var earlier = new int[entities.Count];
        int recentTotal = 0, earlierTotal = 0;
        for (var p = 0; p < snapshot.PaperCount; p++)
        {
            var year = snapshot.Years[p];
            if (year == 0) continue;
            var isRecent = year > cutoff;
            if (isRecent) recentTotal++;
            else earlierTotal++;
            foreach (var e in entities.EntitiesOf(p))
            {
                if (isRecent) recent[e]++;
                else earlier[e]++;
            }
        }
        if (recentTotal == 0 || earlierTotal == 0) return [];
        var smoothing = 1.0 / earlierTotal;
        return Enumerable.Range(0, entities.Count)
            .Where(e => recent[e] >= minRecentPapers)
            .Select(e => new EmergingConcept(entities.Names[e], entities.Labels[e], recent[e], earlier[e],
                ((double)recent[e] / recentTotal + smoothing) / ((double)earlier[e] / earlierTotal + smoothing)))
            .OrderByDescending(x => x.Growth).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(top).ToList();
    }
}

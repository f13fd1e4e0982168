using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Components;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Analytics.Similarity;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// An immutable in-memory projection of the graph and the analytics computed on it: papers (dense ints), the
/// citation graph in CSR form, entities, a BM25 text index, PageRank, citation counts, weakly connected components
/// and labelled communities. Built by <see cref="SnapshotBuilder"/>; readers share one instance without locks and
/// <see cref="AnalyticsSnapshotHolder"/> swaps in a new one when the graph changes.
/// </summary>
public sealed class AnalyticsSnapshot
{
    private readonly Dictionary<string, int> _index;
    private readonly Lazy<Dictionary<string, int>> _titleIndex;
    private readonly Lazy<Dictionary<string, int>> _entityIndex;
    private readonly Lazy<MultiTypeGraph> _multiTypeGraph;

    internal AnalyticsSnapshot(string[] ids, string[] titles, int[] years, Dictionary<string, int> index, CsrGraph citations,
        EntityTable entities, Bm25Index text, double[] pageRank, ComponentsResult components, CommunityResult? communities,
        IReadOnlyList<CommunityLabel> communityLabels, DateTimeOffset builtAt, TimeSpan buildTime)
    {
        Ids = ids;
        Titles = titles;
        Years = years;
        _index = index;
        Citations = citations;
        Entities = entities;
        Text = text;
        PageRank = pageRank;
        Components = components;
        Communities = communities;
        CommunityLabels = communityLabels;
        BuiltAt = builtAt;
        BuildTime = buildTime;
        _titleIndex = new Lazy<Dictionary<string, int>>(() =>
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var p = 0; p < titles.Length; p++) map.TryAdd(TitleNormalizer.Normalize(titles[p]), p);
            return map;
        });
        _entityIndex = new Lazy<Dictionary<string, int>>(() =>
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var e = 0; e < entities.Count; e++) map.TryAdd(EntityId.For(entities.Labels[e], entities.Names[e]), e);
            return map;
        });
        _multiTypeGraph = new Lazy<MultiTypeGraph>(() => new MultiTypeGraph(citations, entities));
    }

    public int PaperCount => Ids.Length;

    public string[] Ids { get; }

    public string[] Titles { get; }

    /// <summary>Publication year per paper; 0 when unknown.</summary>
    public int[] Years { get; }

    /// <summary>Citation graph, edge = citing → cited, duplicates and self-citations removed.</summary>
    public CsrGraph Citations { get; }

    public EntityTable Entities { get; }

    public Bm25Index Text { get; }

    /// <summary>PageRank on the citation graph (damping 0.85, dangling mass spread uniformly), summing to 1.</summary>
    public double[] PageRank { get; }

    public ComponentsResult Components { get; }

    /// <summary>Louvain communities of the undirected citation graph; null when the build skipped them.</summary>
    public CommunityResult? Communities { get; }

    public IReadOnlyList<CommunityLabel> CommunityLabels { get; }

    public DateTimeOffset BuiltAt { get; }

    public TimeSpan BuildTime { get; }

    internal MultiTypeGraph MultiTypeGraph => _multiTypeGraph.Value;

    /// <summary>Papers citing this one in the snapshot.</summary>
    public int CitationCount(int paper) => Citations.InDegree(paper);

    public int? IndexOf(string id) => _index.TryGetValue(id, out var p) ? p : null;

    public int? EntityIndexOf(string entityId) => _entityIndex.Value.TryGetValue(entityId, out var e) ? e : null;

    /// <summary>A paper by exact id, then by normalized title, then the best BM25 title match.</summary>
    public int? FindPaper(string idOrTitle)
    {
        if (IndexOf(idOrTitle.Trim()) is { } byId) return byId;
        foreach (var prefix in new[] { "arxiv:", "doi:" })
        {
            if (idOrTitle.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IndexOf(idOrTitle[prefix.Length..].Trim()) is { } p) return p;
        }
        if (_titleIndex.Value.TryGetValue(TitleNormalizer.Normalize(idOrTitle), out var byTitle)) return byTitle;
        var terms = Text.QueryTerms(idOrTitle);
        if (terms.Length == 0) return null;
        var scores = new ScoreAccumulator(PaperCount);
        Text.Score(terms, scores);
        var best = scores.Top(1);
        return best.Count == 0 ? null : best[0];
    }
}

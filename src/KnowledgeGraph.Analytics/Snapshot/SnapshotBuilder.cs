using System.Diagnostics;
using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Components;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Ranking;
using KnowledgeGraph.Analytics.Similarity;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// Builds an <see cref="AnalyticsSnapshot"/> from plain inputs: papers get dense ids in input order (first
/// occurrence of an id wins), citations and entity links that name an unknown paper are dropped, duplicate
/// citations and self-citations are removed, then PageRank, components, communities and their labels are computed.
/// </summary>
public static class SnapshotBuilder
{
    public static AnalyticsSnapshot Build(SnapshotInput input, SnapshotOptions? options = null, TimeProvider? time = null)
    {
        options ??= new SnapshotOptions();
        time ??= TimeProvider.System;
        var clock = Stopwatch.StartNew();
        var index = new Dictionary<string, int>(input.Papers.Count, StringComparer.Ordinal);
        var ids = new List<string>(input.Papers.Count);
        var titles = new List<string>(input.Papers.Count);
        var years = new List<int>(input.Papers.Count);
        var texts = new List<string?>(input.Papers.Count);
        foreach (var paper in input.Papers)
        {
            if (!index.TryAdd(paper.Id, ids.Count)) continue;
            ids.Add(paper.Id);
            titles.Add(paper.Title);
            years.Add(paper.Year ?? 0);
            texts.Add(paper.Abstract is null ? paper.Title : paper.Title + "\n" + paper.Abstract);
        }
        var n = ids.Count;

        var keys = new List<long>(input.Citations.Count);
        foreach (var c in input.Citations)
        {
            if (!index.TryGetValue(c.CitingId, out var s) || !index.TryGetValue(c.CitedId, out var t) || s == t) continue;
            keys.Add(((long)s << 32) | (uint)t);
        }
        keys.Sort();
        var edges = new EdgeList(n, keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1]) continue;
            edges.Add((int)(keys[i] >> 32), (int)(keys[i] & 0xffffffff));
        }
        var graph = CsrGraph.FromEdges(edges);

        var links = new List<(int, EntityInput)>(input.Entities.Count);
        foreach (var link in input.Entities)
        {
            if (index.TryGetValue(link.PaperId, out var p) && !string.IsNullOrWhiteSpace(link.Name)) links.Add((p, link));
        }
        var entities = EntityTable.Build(n, links);
        var text = Bm25Index.Build(texts);
        var pageRank = PageRankAlgorithm.Compute(graph, options.PageRank).Scores;
        var components = WeaklyConnectedComponents.Compute(graph);
        CommunityResult? communities = null;
        IReadOnlyList<CommunityLabel> labels = [];
        if (options.Communities)
        {
            var communityGraph = options.SharedEntityMaxPapers > 0 ? CommunityGraph.Build(graph, entities, options.SharedEntityMaxPapers) : graph;
            communities = LouvainAlgorithm.Compute(communityGraph, options.Louvain);
            labels = CommunityLabeler.Label(communities, entities, text);
        }
        return new AnalyticsSnapshot([.. ids], [.. titles], [.. years], index, graph, entities, text, pageRank, components,
            communities, labels, time.GetUtcNow(), clock.Elapsed);
    }

    /// <summary>Reads papers, citations and entity links from the store and builds a snapshot.</summary>
    public static async Task<AnalyticsSnapshot> BuildAsync(IGraphSnapshotSource source, SnapshotOptions? options = null,
        CancellationToken cancellationToken = default)
        => Build(await ReadAsync(source, cancellationToken), options);

    /// <summary>Reads everything a snapshot needs from the store into plain lists.</summary>
    public static async Task<SnapshotInput> ReadAsync(IGraphSnapshotSource source, CancellationToken cancellationToken = default)
    {
        var papers = new List<PaperInput>();
        await foreach (var p in source.ReadPapersAsync(cancellationToken))
        {
            papers.Add(new PaperInput(p.Id, p.Title, p.Abstract, p.Year));
        }
        var citations = new List<CitationInput>();
        await foreach (var c in source.ReadCitationsAsync(cancellationToken))
        {
            citations.Add(new CitationInput(c.CitingId, c.CitedId));
        }
        var entities = new List<EntityInput>();
        await foreach (var e in source.ReadEntityLinksAsync(cancellationToken))
        {
            entities.Add(new EntityInput(e.PaperId, e.Type, e.Label, e.Name, e.Broader));
        }
        return new SnapshotInput(papers, citations, entities);
    }
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>
/// The in-lists of a <see cref="CsrGraph"/> with vertices renumbered in order of in-degree (lowest first, ties by id),
/// for the pull kernel of <see cref="PageRankAlgorithm"/>.
/// </summary>
/// <remarks>
/// Why: the kernel's inner loop runs once per in-edge of a vertex, and in citation graphs most vertices have short,
/// varied in-lists, so the loop exit was mispredicted at almost every vertex. With equal in-degrees next to each other
/// the trip count repeats and the branch predictor learns it. Measured on the quiet 2-core machine (ms per iteration,
/// stored order → this order): cit-HepPh 0.49 → 0.24, generated 100k/1.5M 1.70 → 1.12, generated 1M/15M 27.3 → 23.7.
/// Building it costs two counting passes over the vertices and one over the edges.
/// </remarks>
internal sealed class InDegreeLayout
{
    private InDegreeLayout(int[] oldOf, int[] inOffsets, int[] inSources, int[] outDegree)
    {
        OldOf = oldOf;
        InOffsets = inOffsets;
        InSources = inSources;
        OutDegree = outDegree;
    }

    /// <summary>New id → the graph's vertex id.</summary>
    public int[] OldOf { get; }

    /// <summary>In-list offsets by new id.</summary>
    public int[] InOffsets { get; }

    /// <summary>Sources of each in-list, as new ids.</summary>
    public int[] InSources { get; }

    /// <summary>Out-degree by new id.</summary>
    public int[] OutDegree { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InDegreeLayout Build(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var inOffsets = graph.InOffsetsArray;
        var inSources = graph.InSourcesArray;
        var outOffsets = graph.OutOffsetsArray;

        // Stable counting sort by in-degree, ascending.
        var maxDegree = 0;
        for (var v = 0; v < n; v++) maxDegree = Math.Max(maxDegree, inOffsets[v + 1] - inOffsets[v]);
        var bucket = new int[maxDegree + 2];
        for (var v = 0; v < n; v++) bucket[inOffsets[v + 1] - inOffsets[v] + 1]++;
        for (var b = 0; b <= maxDegree; b++) bucket[b + 1] += bucket[b];
        var oldOf = new int[n];
        var newOf = new int[n];
        for (var v = 0; v < n; v++)
        {
            var id = bucket[inOffsets[v + 1] - inOffsets[v]]++;
            oldOf[id] = v;
            newOf[v] = id;
        }

        var offsets = new int[n + 1];
        var sources = new int[inSources.Length];
        var outDegree = new int[n];
        for (var id = 0; id < n; id++)
        {
            var old = oldOf[id];
            var from = inOffsets[old];
            var count = inOffsets[old + 1] - from;
            var at = offsets[id];
            for (var k = 0; k < count; k++) sources[at + k] = newOf[inSources[from + k]];
            offsets[id + 1] = at + count;
            outDegree[id] = outOffsets[old + 1] - outOffsets[old];
        }
        return new InDegreeLayout(oldOf, offsets, sources, outDegree);
    }
}

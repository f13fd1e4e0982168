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
    private InDegreeLayout(int[] oldOf, int[] inOffsets, int[] inSources, int[] outDegree, UncitedSources? uncited)
    {
        Uncited = uncited;
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

    /// <summary>The uncited vertices whose edges were folded out of the in-lists, when asked for.</summary>
    public UncitedSources? Uncited { get; }

    /// <param name="graph">The graph to lay out.</param>
    /// <param name="foldUncited">Leave the edges of vertices nobody cites out of the in-lists and weigh their targets instead
    /// (<see cref="UncitedSources"/>), in the same pass.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InDegreeLayout Build(CsrGraph graph, bool foldUncited = false)
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
        // in-degree 0 sorts first: new ids below this are the uncited vertices
        var uncitedCount = foldUncited ? bucket[1] : 0;
        var oldOf = new int[n];
        var newOf = new int[n];
        for (var v = 0; v < n; v++)
        {
            var id = bucket[inOffsets[v + 1] - inOffsets[v]]++;
            oldOf[id] = v;
            newOf[v] = id;
        }

        var offsets = new int[n + 1];
        var outDegree = new int[n];
        for (var id = 0; id < n; id++) outDegree[id] = outOffsets[oldOf[id] + 1] - outOffsets[oldOf[id]];
        var weight = foldUncited ? new double[n] : null;
        var inverse = new double[uncitedCount];
        for (var u = 0; u < uncitedCount; u++) inverse[u] = outDegree[u] == 0 ? 0 : 1.0 / outDegree[u];
        var sources = new int[inSources.Length - (foldUncited ? EdgesFrom(outDegree, uncitedCount) : 0)];
        var at = 0;
        for (var id = 0; id < n; id++)
        {
            var old = oldOf[id];
            var end = inOffsets[old + 1];
            if (weight is null)
            {
                for (var k = inOffsets[old]; k < end; k++) sources[at++] = newOf[inSources[k]];
            }
            else
            {
                var w = 0.0;
                for (var k = inOffsets[old]; k < end; k++)
                {
                    var u = newOf[inSources[k]];
                    if (u < uncitedCount) w += inverse[u];
                    else sources[at++] = u;
                }
                weight[id] = w;
            }
            offsets[id + 1] = at;
        }
        var uncited = weight is null ? null : new UncitedSources(uncitedCount, Dangling(outDegree, uncitedCount), inSources.Length - sources.Length, weight);
        return new InDegreeLayout(oldOf, offsets, sources, outDegree, uncited);
    }

    private static int EdgesFrom(int[] outDegree, int count)
    {
        var edges = 0;
        for (var v = 0; v < count; v++) edges += outDegree[v];
        return edges;
    }

    private static int Dangling(int[] outDegree, int count)
    {
        var dangling = 0;
        for (var v = 0; v < count; v++)
        {
            if (outDegree[v] == 0) dangling++;
        }
        return dangling;
    }
}

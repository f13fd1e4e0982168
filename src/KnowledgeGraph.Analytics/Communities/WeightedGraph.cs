using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Communities;

/// <summary>
/// An undirected weighted graph in CSR form for community detection: every undirected edge appears in both
/// endpoints' lists; <see cref="SelfLoops"/> holds the weight inside a vertex (an aggregated community) counted once.
/// Strength = sum of incident weights + 2 × self-loop weight, so the strengths sum to 2m.
/// </summary>
internal sealed class WeightedGraph
{
    public WeightedGraph(int nodeCount, int[] offsets, int[] targets, float[]? weights, double[] selfLoops)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        SelfLoops = selfLoops;
        Strength = new double[nodeCount];
        var total = 0.0;
        for (var v = 0; v < nodeCount; v++)
        {
            var s = 2 * selfLoops[v];
            if (weights is null)
            {
                s += offsets[v + 1] - offsets[v];
            }
            else
            {
                for (var k = offsets[v]; k < offsets[v + 1]; k++) s += weights[k];
            }
            Strength[v] = s;
            total += s;
        }
        TotalStrength = total;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>
    /// Edge weights parallel to <see cref="Targets"/>; null means every weight is 1. Floats: weights are edge counts
    /// between communities, exact up to 2^24, and they halve the memory of the aggregated graphs.
    /// </summary>
    public float[]? Weights { get; }

    public double[] SelfLoops { get; }

    public double[] Strength { get; }

    /// <summary>2m: the sum of all strengths.</summary>
    public double TotalStrength { get; }

    /// <summary>
    /// The undirected view of a directed graph: each directed edge u→v (u ≠ v) adds weight 1 between u and v, so a
    /// reciprocal pair weighs 2; self-loops are dropped. igraph equivalent: <c>as_undirected(mode="each")</c>, then
    /// <c>simplify(loops=True, combine_edges="sum")</c> with unit weights.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WeightedGraph Symmetrize(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var outOffsets = graph.OutOffsetsArray;
        var outTargets = graph.OutTargetsArray;
        var inOffsets = graph.InOffsetsArray;
        var inSources = graph.InSourcesArray;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            var self = 0;
            for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++) if (outTargets[k] == v) self++;
            offsets[v + 1] = offsets[v] + (outOffsets[v + 1] - outOffsets[v]) + (inOffsets[v + 1] - inOffsets[v]) - 2 * self;
        }
        var targets = new int[offsets[n]];
        for (var v = 0; v < n; v++)
        {
            var p = offsets[v];
            for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++) if (outTargets[k] != v) targets[p++] = outTargets[k];
            for (var k = inOffsets[v]; k < inOffsets[v + 1]; k++) if (inSources[k] != v) targets[p++] = inSources[k];
        }
        return new WeightedGraph(n, offsets, targets, null, new double[n]);
    }
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Components;

/// <summary>
/// Weakly connected components by union-find (path halving, union by smaller id) with the Afforest shortcut:
/// first link every vertex to its first two out-neighbours, find the component that already holds most vertices,
/// then scan the remaining edges only of vertices outside it (their out- and in-lists, so every edge that touches
/// the rest of the graph is still seen once). On citation graphs that skips most of the edge list.
/// </summary>
public static class WeaklyConnectedComponents
{
    private const int SampleNeighbors = 2;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ComponentsResult Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var parent = new int[n];
        for (var v = 0; v < n; v++) parent[v] = v;
        var outOffsets = graph.OutOffsetsArray;
        var outTargets = graph.OutTargetsArray;
        var inOffsets = graph.InOffsetsArray;
        var inSources = graph.InSourcesArray;

        for (var u = 0; u < n; u++)
        {
            var end = Math.Min(outOffsets[u + 1], outOffsets[u] + SampleNeighbors);
            for (var k = outOffsets[u]; k < end; k++) Union(parent, u, outTargets[k]);
        }
        var giant = MostFrequentRoot(parent, n);
        for (var u = 0; u < n; u++)
        {
            if (Find(parent, u) == giant) continue;
            for (var k = outOffsets[u] + SampleNeighbors; k < outOffsets[u + 1]; k++) Union(parent, u, outTargets[k]);
            for (var k = inOffsets[u]; k < inOffsets[u + 1]; k++) Union(parent, u, inSources[k]);
        }

        // Union by smaller id keeps parent[v] <= v, so one increasing pass turns parents into labels in place:
        // parent[v] was already relabelled when v is reached. Components are numbered by their smallest member.
        var labels = parent;
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            var p = parent[v];
            labels[v] = p == v ? count++ : labels[p];
        }
        return new ComponentsResult(labels, count);
    }

    private static int MostFrequentRoot(int[] parent, int n)
    {
        if (n == 0) return -1;
        var counts = new int[n];
        var best = 0;
        // A sample is enough to find the giant component.
        var step = Math.Max(1, n / 4096);
        for (var v = 0; v < n; v += step)
        {
            var root = Find(parent, v);
            if (++counts[root] > counts[best]) best = root;
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            var grand = parent[parent[v]];
            parent[v] = grand;
            v = grand;
        }
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b) return;
        if (a < b) parent[b] = a;
        else parent[a] = b;
    }
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>Breadth-first search over a <see cref="CsrGraph"/>, following out-edges only or edges in both directions.</summary>
public static class BreadthFirstSearch
{
    /// <summary>Hop distance from <paramref name="source"/> to every vertex (-1 when unreachable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Distances(CsrGraph graph, int source, bool undirected = true)
    {
        var n = graph.NodeCount;
        var distance = new int[n];
        Array.Fill(distance, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        distance[source] = 0;
        queue[tail++] = source;
        var outOffsets = graph.OutOffsetsArray;
        var outTargets = graph.OutTargetsArray;
        var inOffsets = graph.InOffsetsArray;
        var inSources = graph.InSourcesArray;
        while (head < tail)
        {
            var v = queue[head++];
            var next = distance[v] + 1;
            for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++)
            {
                var u = outTargets[k];
                if (distance[u] >= 0) continue;
                distance[u] = next;
                queue[tail++] = u;
            }
            if (!undirected) continue;
            for (var k = inOffsets[v]; k < inOffsets[v + 1]; k++)
            {
                var u = inSources[k];
                if (distance[u] >= 0) continue;
                distance[u] = next;
                queue[tail++] = u;
            }
        }
        return distance;
    }
}

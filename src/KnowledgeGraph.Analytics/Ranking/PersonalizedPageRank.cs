using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Similarity;

namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>
/// Personalized PageRank around seed papers by forward push (Andersen, Chung and Lang 2006) on the undirected
/// citation graph: mass flows only where it matters, so one query touches a few thousand vertices instead of the
/// whole graph. Each estimate is within ε × degree of the exact value.
/// </summary>
public static class PersonalizedPageRank
{
    /// <summary>Teleport (restart) probability. 0.15 = damping 0.85.</summary>
    public const double Alpha = 0.15;

    /// <summary>Undirected degree (out + in) per vertex, the denominator of every push.</summary>
    public static int[] Degrees(CsrGraph graph)
    {
        var degrees = new int[graph.NodeCount];
        for (var v = 0; v < degrees.Length; v++) degrees[v] = graph.OutDegree(v) + graph.InDegree(v);
        return degrees;
    }

    public static void Push(CsrGraph graph, IReadOnlyList<int> seeds, ScoreAccumulator estimate, ScoreAccumulator residual,
        double epsilon = 1e-5, int maxPushes = 200_000) => Push(graph, Degrees(graph), seeds, estimate, residual, epsilon, maxPushes);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Push(CsrGraph graph, int[] degrees, IReadOnlyList<int> seeds, ScoreAccumulator estimate, ScoreAccumulator residual,
        double epsilon = 1e-5, int maxPushes = 200_000)
    {
        if (seeds.Count == 0) return;
        var queue = new Queue<int>();
        var r = residual.Values;
        var p = estimate.Values;
        foreach (var s in seeds)
        {
            residual.Touch(s);
            r[s] += 1.0 / seeds.Count;
            queue.Enqueue(s);
        }
        var outOffsets = graph.OutOffsetsArray;
        var outTargets = graph.OutTargetsArray;
        var inOffsets = graph.InOffsetsArray;
        var inSources = graph.InSourcesArray;
        var pushes = 0;
        while (queue.Count > 0 && pushes < maxPushes)
        {
            var u = queue.Dequeue();
            var degree = degrees[u];
            var mass = r[u];
            if (mass <= 0 || (degree > 0 && mass < epsilon * degree)) continue;
            pushes++;
            estimate.Touch(u);
            p[u] += Alpha * mass;
            r[u] = 0;
            if (degree == 0) continue;
            var share = (1 - Alpha) * mass / degree;
            for (var k = outOffsets[u]; k < outOffsets[u + 1]; k++) Spread(outTargets[k]);
            for (var k = inOffsets[u]; k < inOffsets[u + 1]; k++) Spread(inSources[k]);

            void Spread(int v)
            {
                residual.Touch(v);
                var before = r[v];
                var after = before + share;
                r[v] = after;
                var threshold = epsilon * degrees[v];
                if (before < threshold && after >= threshold) queue.Enqueue(v);
            }
        }
    }
}

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

    public static void Push(CsrGraph graph, IReadOnlyList<int> seeds, ScoreAccumulator estimate, ScoreAccumulator residual,
        double epsilon = 1e-5, int maxPushes = 200_000)
    {
        if (seeds.Count == 0) return;
        var queue = new Queue<int>();
        foreach (var s in seeds)
        {
            residual.Add(s, 1.0 / seeds.Count);
            queue.Enqueue(s);
        }
        var pushes = 0;
        while (queue.Count > 0 && pushes < maxPushes)
        {
            var u = queue.Dequeue();
            var degree = graph.OutDegree(u) + graph.InDegree(u);
            var r = residual[u];
            if (r <= 0 || (degree > 0 && r < epsilon * degree)) continue;
            pushes++;
            estimate.Add(u, Alpha * r);
            residual.Add(u, -r);
            if (degree == 0) continue;
            var share = (1 - Alpha) * r / degree;
            Spread(graph.OutNeighbors(u));
            Spread(graph.InNeighbors(u));

            void Spread(ReadOnlySpan<int> neighbours)
            {
                foreach (var v in neighbours)
                {
                    var before = residual[v];
                    residual.Add(v, share);
                    var threshold = epsilon * (graph.OutDegree(v) + graph.InDegree(v));
                    if (before < threshold && before + share >= threshold) queue.Enqueue(v);
                }
            }
        }
    }
}

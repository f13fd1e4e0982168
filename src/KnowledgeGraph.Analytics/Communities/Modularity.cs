using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Analytics.Communities;

/// <summary>
/// Newman modularity Q = 1/(2m) Σ_ij (A_ij − k_i k_j / 2m) δ(c_i, c_j) on the weighted undirected graph, the
/// quantity igraph's <c>Graph.modularity(membership, weights)</c> reports.
/// </summary>
internal static class Modularity
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Compute(WeightedGraph graph, int[] membership)
    {
        var n = graph.NodeCount;
        var communities = 0;
        foreach (var c in membership) communities = Math.Max(communities, c + 1);
        var inside = new double[communities];
        var total = new double[communities];
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            total[c] += graph.Strength[v];
            var s = 2 * graph.SelfLoops[v];
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                if (membership[targets[k]] == c) s += weights is null ? 1 : weights[k];
            }
            inside[c] += s;
        }
        var m2 = graph.TotalStrength;
        if (m2 == 0) return 0;
        var q = 0.0;
        for (var c = 0; c < communities; c++) q += inside[c] / m2 - total[c] / m2 * (total[c] / m2);
        return q;
    }
}

namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>PageRank scores (summing to 1), the iterations run and the final L1 change.</summary>
public sealed record PageRankResult(double[] Scores, int Iterations, double Residual)
{
    /// <summary>Seconds spent laying the graph out for the kernel before the first iteration.</summary>
    public double PreparationSeconds { get; init; }

    /// <summary>Seconds spent in the iterations themselves, so the time per iteration can be compared with memory bandwidth.</summary>
    public double IterationSeconds { get; init; }

    /// <summary>Edges summed in hot blocks (<see cref="PageRankOptions.HotBlocks"/>); 0 when the plain pull ran alone.</summary>
    public int BlockedEdges { get; init; }

    /// <summary>Edges from uncited vertices, folded into a per-target weight instead of gathered (<see cref="PageRankOptions.EliminateUncitedSources"/>).</summary>
    public long UncitedSourceEdges { get; init; }
}

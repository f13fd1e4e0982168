namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>PageRank scores (summing to 1), the iterations run and the final L1 change.</summary>
public sealed record PageRankResult(double[] Scores, int Iterations, double Residual);

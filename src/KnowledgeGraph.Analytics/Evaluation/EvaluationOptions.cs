using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Analytics.Evaluation;

/// <summary>Settings of the held-out-citation evaluation.</summary>
public sealed class EvaluationOptions
{
    /// <summary>Share of citation edges hidden. Default 0.1.</summary>
    [Range(0.001, 0.9)]
    public double HoldoutFraction { get; init; } = 0.1;

    /// <summary>Seed of the edge shuffle, query sample and random baseline. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Evaluate at most this many source papers (a seeded sample); 0 = all. Default 0.</summary>
    [Range(0, int.MaxValue)]
    public int MaxQueries { get; init; }

    /// <summary>Cut-off of Recall@K and nDCG@K. Default 10.</summary>
    [Range(1, 1000)]
    public int K { get; init; } = 10;

    /// <summary>Ranked list length; MRR counts a first hit only within it. Default 100.</summary>
    [Range(1, 100_000)]
    public int Depth { get; init; } = 100;

    /// <summary>Queries run in parallel on this many threads. Default 2.</summary>
    [Range(1, 256)]
    public int Threads { get; init; } = 2;
}

using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Analytics.Communities;

/// <summary>Settings of <see cref="LouvainAlgorithm"/>.</summary>
public sealed class LouvainOptions
{
    /// <summary>Seed of the vertex visiting order; the same seed gives the same communities. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>A round that gains less modularity than this is the last. Default 1e-6.</summary>
    [Range(0.0, 1.0)]
    public double MinGain { get; init; } = 1e-6;

    /// <summary>
    /// Local moving visits at most this many × N vertices per level. Default 10: on graphs with community
    /// structure the queue empties long before; on near-random graphs it bounds the tail of tiny moves.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxPasses { get; init; } = 10;

    /// <summary>
    /// Rounds of the whole multi-level procedure, each starting from the previous round's partition (igraph's
    /// Leiden <c>n_iterations</c>). Rounds stop early when one gains less than <see cref="MinGain"/>. Default 4.
    /// </summary>
    [Range(1, 100)]
    public int Rounds { get; init; } = 4;
}

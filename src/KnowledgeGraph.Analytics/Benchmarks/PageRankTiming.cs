namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>Best-of-repeats PageRank time (layout included), and per iteration (iterations only) against what the memory system allows.</summary>
public sealed record PageRankTiming(
    double Seconds,
    int Iterations,
    double MillisecondsPerIteration,
    double BytesStreamedPerIteration,
    double MeasuredReadBandwidthGBps,
    double BandwidthBoundMillisecondsPerIteration,
    double RatioToBandwidthBound)
{
    /// <summary>Seconds of the layout pass before the first iteration, included in <see cref="Seconds"/>.</summary>
    public double PreparationSeconds { get; init; }
}

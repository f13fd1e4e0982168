namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>Best-of-repeats PageRank time and what the memory system allows per iteration.</summary>
public sealed record PageRankTiming(
    double Seconds,
    int Iterations,
    double MillisecondsPerIteration,
    double BytesStreamedPerIteration,
    double MeasuredReadBandwidthGBps,
    double BandwidthBoundMillisecondsPerIteration,
    double RatioToBandwidthBound);

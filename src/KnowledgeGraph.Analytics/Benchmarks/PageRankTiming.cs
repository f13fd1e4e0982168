namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>
/// Best-of-repeats PageRank time (layout included), and per iteration (iterations only) against what the memory system
/// allows, in two models: <see cref="BandwidthBoundMillisecondsPerIteration"/> counts only the bytes an iteration must
/// stream (4 per edge, 32 per vertex: every gathered contribution free from cache), and
/// <see cref="GatherBoundMillisecondsPerIteration"/> also counts each edge's read of its source's contribution (the
/// model behind the "about 10 ms" for 1M vertices / 15M edges).
/// </summary>
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

    /// <summary>Bytes per iteration when every edge also reads its source's contribution (4 as a float).</summary>
    public double GatherBytesPerIteration { get; init; }

    /// <summary><see cref="GatherBytesPerIteration"/> at the measured read bandwidth.</summary>
    public double GatherBoundMillisecondsPerIteration { get; init; }

    /// <summary><see cref="MillisecondsPerIteration"/> over <see cref="GatherBoundMillisecondsPerIteration"/>.</summary>
    public double RatioToGatherBound { get; init; }

    /// <summary>Edges the kernel summed in hot blocks; 0 when the graph is too small for them.</summary>
    public int BlockedEdges { get; init; }

    /// <summary>The same run's baseline: ms per iteration of the plain pull kernel, without hot blocks.</summary>
    public double PlainPullMillisecondsPerIteration { get; init; }
}

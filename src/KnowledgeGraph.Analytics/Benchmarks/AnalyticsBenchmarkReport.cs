using System.Text.Json.Serialization;

namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>What <see cref="AnalyticsBenchmark"/> measured; serialises to the <c>kg bench analytics</c> JSON.</summary>
public sealed record AnalyticsBenchmarkReport
{
    public required int Nodes { get; init; }
    public required long Edges { get; init; }
    public required double LoadSeconds { get; init; }
    public required double ProjectionSeconds { get; init; }
    [JsonPropertyName("pagerank")]
    public required PageRankTiming PageRank { get; init; }
    public required ComponentsTiming Wcc { get; init; }
    public required BfsTiming Bfs { get; init; }
    public required CommunityTiming Communities { get; init; }
    /// <summary>Peak resident memory of the process (VmHWM), MiB.</summary>
    public required double PeakMemoryMiB { get; init; }
    /// <summary>Bytes held by the CSR projection (in + out lists), MiB.</summary>
    public required double ProjectionMiB { get; init; }
    public required int Threads { get; init; }
    public required int Repeats { get; init; }
}

using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Ranking;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>What a snapshot build computes.</summary>
public sealed class SnapshotOptions
{
    public PageRankOptions PageRank { get; init; } = new();

    public LouvainOptions Louvain { get; init; } = new();

    /// <summary>Run community detection and label communities. Default true.</summary>
    public bool Communities { get; init; } = true;

    /// <summary>
    /// Papers sharing an entity that at most this many papers name are linked for community detection (0 = citations
    /// only). Default 50. See <see cref="CommunityGraph"/>.
    /// </summary>
    public int SharedEntityMaxPapers { get; init; } = 50;
}

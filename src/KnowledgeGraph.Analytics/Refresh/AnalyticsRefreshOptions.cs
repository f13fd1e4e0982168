using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Refresh;

/// <summary>What one analytics refresh computes and writes back.</summary>
public sealed class AnalyticsRefreshOptions
{
    /// <summary>Related papers written back per paper as RELATED_TO edges (0 = none). Default 10, as <c>kg analyze</c>.</summary>
    [Range(0, 1000)]
    public int RelatedTop { get; set; } = 10;

    /// <summary>Write the results back to the store (pagerank, community, citationCount, RELATED_TO). Default true.</summary>
    public bool WriteBack { get; set; } = true;

    /// <summary>
    /// Threads that compute the written-back recommendations (0 = every core, the default for <c>kg analyze</c>).
    /// A host that also serves queries sets fewer, so a refresh leaves it a core to answer with.
    /// </summary>
    [Range(0, 1024)]
    public int Parallelism { get; set; }

    /// <summary>What the snapshot computes (PageRank, communities).</summary>
    public SnapshotOptions Snapshot { get; set; } = new();
}

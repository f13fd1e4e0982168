namespace KnowledgeGraph.Storage.Neo4j.Analytics;

/// <summary>GDS settings: PageRank iterations (default 20) and damping factor (default 0.85).</summary>
public sealed class GdsOptions
{
    public int PageRankIterations { get; set; } = 20;
    public double DampingFactor { get; set; } = 0.85;
}

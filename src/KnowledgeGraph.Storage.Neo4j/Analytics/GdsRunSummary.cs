namespace KnowledgeGraph.Storage.Neo4j.Analytics;

/// <summary>What GDS wrote: papers ranked, communities found and their modularity.</summary>
public sealed record GdsRunSummary(int PapersRanked, int Communities, double Modularity);

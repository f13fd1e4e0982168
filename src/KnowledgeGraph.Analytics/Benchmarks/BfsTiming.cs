namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>Best-of-repeats undirected BFS time from the highest-degree vertex and how many vertices it reached.</summary>
public sealed record BfsTiming(double Seconds, int Source, int Reached);

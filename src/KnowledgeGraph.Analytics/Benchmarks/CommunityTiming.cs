namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>One Louvain run: seconds (symmetrisation timed apart), community count, modularity and levels.</summary>
public sealed record CommunityTiming(double Seconds, double SymmetrizeSeconds, int Count, double Modularity, int Levels);

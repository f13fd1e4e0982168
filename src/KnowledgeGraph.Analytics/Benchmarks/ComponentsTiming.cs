namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>Best-of-repeats weakly connected components time, component count and largest size.</summary>
public sealed record ComponentsTiming(double Seconds, int Components, int Largest);

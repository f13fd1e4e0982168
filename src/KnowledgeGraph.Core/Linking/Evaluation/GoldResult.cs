namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>A hand-labeled result: metric (alternatives separated by '|'), value as written, optional dataset and method.</summary>
public sealed record GoldResult(string Metric, string Value, string? Dataset, string? Method);

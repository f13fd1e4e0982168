namespace KnowledgeGraph.Core.Linking;

/// <summary>A reported result: a value as written, tied to a metric and, when the sentence says so, a dataset and method.</summary>
public sealed record ExtractedResult(string Metric, string Value, string? Dataset, string? Method, string Evidence, int EvidenceStart, double Confidence);

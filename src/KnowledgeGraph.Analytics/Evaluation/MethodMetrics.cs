namespace KnowledgeGraph.Analytics.Evaluation;

/// <summary>Mean metrics of one ranking method over all queries.</summary>
public sealed record MethodMetrics(string Method, double RecallAtK, double Mrr, double NdcgAtK, double HitRateAtK, double MillisecondsPerQuery);

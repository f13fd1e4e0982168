namespace KnowledgeGraph.Analytics.Evaluation;

/// <summary>The result of <see cref="RecommendationEvaluator"/>, with the protocol spelled out.</summary>
public sealed record EvaluationReport
{
    public required string Protocol { get; init; }
    public required int Papers { get; init; }
    public required int CitationEdges { get; init; }
    public required int HiddenEdges { get; init; }
    public required int Queries { get; init; }
    /// <summary>Hidden edges p → q left out of the relevant set because q cites p in the visible graph (mutual citations).</summary>
    public required int RelevantExcluded { get; init; }
    public required int K { get; init; }
    public required int Seed { get; init; }
    public required IReadOnlyList<MethodMetrics> Methods { get; init; }
    /// <summary>Hybrid Recall@K / BM25 Recall@K − 1.</summary>
    public required double HybridOverBm25RecallGain { get; init; }
    public required double Seconds { get; init; }
}

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>Which results a leaderboard ranks: names (any case) or entity ids; null = any.</summary>
public sealed record LeaderboardQuery(string? Task, string? Dataset, string? Metric, int First = 20);

/// <summary>
/// One reported result on a leaderboard: its rank, the paper that reports it with the evidence sentence, the value as
/// written and parsed, and the metric, dataset and method the sentence names.
/// </summary>
public sealed record LeaderboardEntry(
    int Rank,
    string ResultId,
    string PaperId,
    string Value,
    double? NumericValue,
    string? Metric,
    string? Dataset,
    string? Method,
    string? Evidence,
    double? Confidence);

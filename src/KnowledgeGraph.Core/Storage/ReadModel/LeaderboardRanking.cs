namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>The one leaderboard order every read model applies, so SQLite and Neo4j rank the same results alike.</summary>
public static class LeaderboardRanking
{
    /// <summary>
    /// Best first within each metric (by <see cref="MetricDirection"/>); results with no number last; ties by
    /// confidence, then ids for a stable order. Takes the first <paramref name="first"/> and numbers their ranks from 1.
    /// </summary>
    public static IReadOnlyList<LeaderboardEntry> Rank(IEnumerable<LeaderboardEntry> rows, int first) =>
        rows
            .OrderBy(r => r.Metric ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.NumericValue is null)
            .ThenBy(r => r.NumericValue is { } v ? (MetricDirection.LowerIsBetter(r.Metric) ? v : -v) : 0)
            .ThenByDescending(r => r.Confidence ?? 0)
            .ThenBy(r => r.PaperId, StringComparer.Ordinal)
            .ThenBy(r => r.ResultId, StringComparer.Ordinal)
            .Take(first)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
}

namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>
/// Seeds of a related-paper query (snapshot paper indices): results should resemble the positive seeds and not
/// the negative ones. <paramref name="Exclude"/> lists papers never to return (seeds are never returned).
/// <paramref name="Explain"/> = false skips building reasons (evaluation runs need only the ranking).
/// </summary>
public sealed record RecommendationQuery(IReadOnlyList<int> Positive, IReadOnlyList<int> Negative, int Top,
    IReadOnlySet<int>? Exclude = null, bool Explain = true)
{
    public static RecommendationQuery For(int paper, int top) => new([paper], [], top);
}

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>A community with its size and the entities and title words that set it apart, most distinctive first.</summary>
public sealed record CommunityLabel(int Id, int Size, IReadOnlyList<string> TopEntities, IReadOnlyList<string> TopTerms)
{
    /// <summary>"Mamba, state space model · sequence, selective" style label.</summary>
    public string Text => string.Join(" · ", new[] { string.Join(", ", TopEntities), string.Join(", ", TopTerms) }.Where(s => s.Length > 0));
}

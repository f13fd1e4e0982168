using KnowledgeGraph.Analytics.Similarity;

namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>Per-query scratch: one sparse accumulator per signal, reused across queries (pooled, one per thread).</summary>
internal sealed class SignalSet(int size)
{
    public ScoreAccumulator Text { get; } = new(size);
    public ScoreAccumulator Entities { get; } = new(size);
    public ScoreAccumulator CoCitation { get; } = new(size);
    public ScoreAccumulator Coupling { get; } = new(size);
    public ScoreAccumulator SharedReferences { get; } = new(size);
    public ScoreAccumulator Graph { get; } = new(size);
    public ScoreAccumulator Residual { get; } = new(size);

    public void Clear()
    {
        Text.Clear();
        Entities.Clear();
        CoCitation.Clear();
        Coupling.Clear();
        SharedReferences.Clear();
        Graph.Clear();
        Residual.Clear();
    }
}

namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>One human-readable reason ("both evaluate on ImageNet") and the signal it explains.</summary>
public sealed record Reason(ReasonKind Kind, string Text)
{
    public override string ToString() => Text;
}

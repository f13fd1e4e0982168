namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>The signal behind a <see cref="Reason"/>.</summary>
public enum ReasonKind
{
    SharedEntity,
    CoCitation,
    Coupling,
    DirectCitation,
    Text,
    GraphProximity,
    Community,
    Negative,
}

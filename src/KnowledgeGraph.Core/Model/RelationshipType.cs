namespace KnowledgeGraph.Core.Model;

/// <summary>
/// The relationship types of the graph model. <see cref="RelationshipTypeNames.ToGraphName"/> gives the
/// upper-snake name used in SQLite rows, Cypher and exports (e.g. <c>CITES</c>, <c>EVALUATES_ON</c>).
/// </summary>
public enum RelationshipType
{
    Cites,
    AuthoredBy,
    Proposes,
    Uses,
    ComparesWith,
    EvaluatesOn,
    Addresses,
    Mentions,
    Reports,
    On,
    MeasuredBy,
    Of,
    IsA,
    Broader,
    RelatedTo,
    BuildsOn,
}

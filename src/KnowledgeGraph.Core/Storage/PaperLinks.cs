using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>The complete set of extracted links of one stored paper, replacing whatever linking found before.</summary>
public sealed record PaperLinks(string PaperId, IReadOnlyList<EntityLink> Links)
{
    /// <summary>The relationship types that linking writes (and relinking replaces).</summary>
    public static readonly IReadOnlyList<RelationshipType> ExtractedTypes =
    [
        RelationshipType.Proposes, RelationshipType.Uses, RelationshipType.ComparesWith, RelationshipType.EvaluatesOn,
        RelationshipType.Addresses, RelationshipType.Mentions, RelationshipType.Reports,
    ];
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// One paper → entity relationship as analytics reads it: relationship type, the entity's label and canonical name,
/// the name of the entity it IS_A / is BROADER-ed by (e.g. "state space model" for Mamba) when there is one, and
/// the link's confidence.
/// </summary>
public sealed record EntityLinkRow(string PaperId, RelationshipType Type, NodeLabel Label, string Name, string? Broader = null, double Confidence = 1);

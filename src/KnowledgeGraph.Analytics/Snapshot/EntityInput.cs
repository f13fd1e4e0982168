using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// A paper's link to an entity (the projection of <see cref="EntityLink"/>): relationship type, entity label and
/// canonical name, and the broader entity it IS_A (e.g. Mamba → "state space model") when known.
/// </summary>
public sealed record EntityInput(string PaperId, RelationshipType Type, NodeLabel Label, string Name, string? Broader = null);

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>A path through the graph, first step = the start node; <see cref="Length"/> counts edges.</summary>
public sealed record GraphPath(IReadOnlyList<GraphPathStep> Steps)
{
    public int Length => Steps.Count - 1;
}

/// <summary>One node on a path and the relationship that led to it from the previous step (null on the first).</summary>
public sealed record GraphPathStep(string Id, NodeLabel Label, string Name, RelationshipType? Via);

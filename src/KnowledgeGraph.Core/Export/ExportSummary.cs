using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export;

/// <summary>What an export wrote: nodes per label and relationships per type.</summary>
public sealed class ExportSummary
{
    public Dictionary<NodeLabel, long> Nodes { get; } = [];
    public Dictionary<RelationshipType, long> Relationships { get; } = [];

    public void Count(NodeLabel label) => Nodes[label] = Nodes.GetValueOrDefault(label) + 1;

    public void Count(RelationshipType type) => Relationships[type] = Relationships.GetValueOrDefault(type) + 1;
}

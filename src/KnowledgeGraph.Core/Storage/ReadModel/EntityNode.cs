using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>A non-paper node: its id (<c>method:mamba</c>), label and canonical name; discovered = found by a pattern, not in the vocabulary.</summary>
public sealed record EntityNode(string Id, NodeLabel Label, string Name, bool Discovered = false);

/// <summary>An entity's IS_A / BROADER parents and the entities that name it as their parent.</summary>
public sealed record EntityFamily(IReadOnlyList<EntityNode> Parents, IReadOnlyList<EntityNode> Children)
{
    public static readonly EntityFamily None = new([], []);
}

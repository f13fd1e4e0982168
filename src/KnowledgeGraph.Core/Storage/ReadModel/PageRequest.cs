namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>Which slice of a list: <paramref name="First"/> items after skipping <paramref name="Offset"/>.</summary>
public readonly record struct PageRequest(int First, int Offset = 0, bool IncludeTotalCount = true);

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>Counts per node label and relationship type. Stub papers are counted separately from papers.</summary>
public sealed record GraphStats(
    IReadOnlyDictionary<NodeLabel, long> Nodes,
    IReadOnlyDictionary<RelationshipType, long> Relationships,
    long StubPapers);

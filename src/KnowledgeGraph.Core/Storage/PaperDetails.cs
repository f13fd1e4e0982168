using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>A paper with its neighbourhood: authors, entity links, references and citing papers.</summary>
public sealed record PaperDetails
{
    public required PaperNode Paper { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<StoredLink> Links { get; init; } = [];
    public IReadOnlyList<PaperNode> References { get; init; } = [];
    public int CitedByCount { get; init; }
}

/// <summary>An entity link as stored (the target node and the link's evidence).</summary>
public sealed record StoredLink(
    RelationshipType Type,
    NodeLabel Label,
    string EntityId,
    string Name,
    string? Surface,
    string? Evidence,
    double? Confidence,
    string? Extractor);

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
    /// <summary>Papers this one builds on or compares with, through a method the other paper proposed.</summary>
    public IReadOnlyList<LineageLink> Lineage { get; init; } = [];
    /// <summary>How identity resolution decided about this paper: records merged into it and near-matches kept apart.</summary>
    public IReadOnlyList<IdentityDecision> Identity { get; init; } = [];
}

/// <summary>
/// One identity decision: <paramref name="Decision"/> is <c>merged</c> (the record at <paramref name="Source"/>, which
/// alone would have been <paramref name="OtherId"/>, became part of this paper) or <c>kept-apart</c> (a plausible match,
/// <paramref name="OtherId"/>, was not merged), with the <paramref name="Reason"/>.
/// </summary>
public sealed record IdentityDecision(string Decision, string Source, string OtherId, string Reason);

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

/// <summary>
/// A paper-to-paper lineage edge: this paper <paramref name="Type"/> (BUILDS_ON or COMPARES_WITH) the paper
/// <paramref name="PaperId"/>, because it uses or compares with <paramref name="MethodId"/>, which that paper proposed.
/// </summary>
public sealed record LineageLink(RelationshipType Type, string PaperId, string Title, string MethodId, string? Evidence);

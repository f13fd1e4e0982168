namespace KnowledgeGraph.Core.Model;

/// <summary>
/// A link from a paper to an entity it talks about (a method it uses, a dataset it evaluates on, …), with the
/// sentence that proves it. Every extracted relationship carries evidence, confidence and extractor.
/// </summary>
public sealed record EntityLink
{
    public required RelationshipType Type { get; init; }
    public required NodeLabel Label { get; init; }
    /// <summary>Canonical name of the entity (the node's name).</summary>
    public required string Name { get; init; }
    /// <summary>The text as it appears in the paper.</summary>
    public required string Surface { get; init; }
    public required string Evidence { get; init; }
    /// <summary>Character offset of <see cref="Evidence"/> in the text it was taken from (title + "\n" + abstract).</summary>
    public int EvidenceStart { get; init; }
    public required double Confidence { get; init; }
    public required string Extractor { get; init; }
    /// <summary>True when the entity was found by a pattern but is not in the vocabulary.</summary>
    public bool Discovered { get; init; }
    /// <summary>Extra properties of the target node (e.g. a Result's metric, value, dataset, method).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}

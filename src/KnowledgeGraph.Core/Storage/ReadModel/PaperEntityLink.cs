using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>
/// One extracted paper → entity link as stored: the relationship, the target entity, and the link's surface form,
/// evidence sentence, confidence and extractor. <paramref name="Properties"/> holds a Result's metric, value,
/// dataset and method.
/// </summary>
public sealed record PaperEntityLink(
    string PaperId,
    RelationshipType Type,
    EntityNode Entity,
    string? Surface,
    string? Evidence,
    double? Confidence,
    string? Extractor,
    IReadOnlyDictionary<string, string> Properties);

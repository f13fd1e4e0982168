using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking;

/// <summary>The links of one paper grouped by kind: the shape of <c>kg extract --format json</c>.</summary>
public sealed record PaperExtraction
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<ExtractedEntity> Proposed { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Methods { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> ComparedWith { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Datasets { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Tasks { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Metrics { get; init; } = [];
    public IReadOnlyList<ExtractedResult> Results { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Concepts { get; init; } = [];

    public static PaperExtraction From(string id, string title, IReadOnlyList<EntityLink> links)
    {
        List<ExtractedEntity> Of(RelationshipType type, NodeLabel label) =>
            links.Where(l => l.Type == type && l.Label == label)
                .OrderByDescending(l => l.Confidence).ThenBy(l => l.EvidenceStart)
                .Select(l => new ExtractedEntity(l.Name, l.Surface, l.Evidence, l.EvidenceStart, l.Confidence, l.Extractor, l.Discovered,
                    l.Properties.GetValueOrDefault("parent"), l.Properties.GetValueOrDefault("fullName") ?? l.Properties.GetValueOrDefault("acronym")))
                .ToList();

        return new PaperExtraction
        {
            Id = id,
            Title = title,
            Proposed = Of(RelationshipType.Proposes, NodeLabel.Method),
            Methods = Of(RelationshipType.Uses, NodeLabel.Method),
            ComparedWith = Of(RelationshipType.ComparesWith, NodeLabel.Method),
            Datasets = Of(RelationshipType.EvaluatesOn, NodeLabel.Dataset),
            Tasks = Of(RelationshipType.Addresses, NodeLabel.Task),
            Metrics = Of(RelationshipType.Mentions, NodeLabel.Metric),
            Concepts = Of(RelationshipType.Mentions, NodeLabel.Concept),
            Results = links.Where(l => l.Type == RelationshipType.Reports && l.Label == NodeLabel.Result)
                .OrderBy(l => l.EvidenceStart)
                .Select(l => new ExtractedResult(
                    l.Properties.GetValueOrDefault("metric") ?? "", l.Properties.GetValueOrDefault("value") ?? "",
                    l.Properties.GetValueOrDefault("dataset"), l.Properties.GetValueOrDefault("method"), l.Evidence, l.EvidenceStart, l.Confidence))
                .ToList(),
        };
    }
}

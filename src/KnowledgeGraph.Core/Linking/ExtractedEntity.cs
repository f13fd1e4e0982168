namespace KnowledgeGraph.Core.Linking;

/// <summary>One extracted entity of a paper, as printed by <c>kg extract</c>.</summary>
public sealed record ExtractedEntity(
    string Name,
    string Surface,
    string Evidence,
    int EvidenceStart,
    double Confidence,
    string Extractor,
    bool Discovered,
    string? Parent,
    string? FullName);

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Records;

/// <summary>One entry of a paper's reference list: whatever ids the source gives, and the raw text if any.</summary>
public sealed record PaperReference
{
    public ExternalIds Ids { get; init; } = ExternalIds.None;
    public string? Title { get; init; }
    public int? Year { get; init; }
    /// <summary>The reference string as printed (bibliography entry), when the source has one.</summary>
    public string? RawText { get; init; }
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>A paper as stored. A stub is a paper known only because something cites it.</summary>
public sealed record PaperNode
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Abstract { get; init; }
    public string? Published { get; init; }
    public int? Year { get; init; }
    public string? Venue { get; init; }
    public ExternalIds Ids { get; init; } = ExternalIds.None;
    public bool IsStub { get; init; }
    /// <summary>The source formats and files the paper was read from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

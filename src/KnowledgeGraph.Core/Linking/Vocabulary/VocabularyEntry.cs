using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>One vocabulary entity: its canonical name, kind, is-a parent and the aliases it is written as.</summary>
public sealed record VocabularyEntry
{
    public required string Canonical { get; init; }
    /// <summary>Method, Dataset, Task, Metric or Concept.</summary>
    public required NodeLabel Kind { get; init; }
    /// <summary>Canonical name of the is-a parent (<c>Mamba</c> → <c>State Space Model</c>), or null.</summary>
    public string? Parent { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The file (or source) the entry came from.</summary>
    public string Source { get; init; } = "";
}

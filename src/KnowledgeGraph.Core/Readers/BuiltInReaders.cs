namespace KnowledgeGraph.Core.Readers;

/// <summary>The readers that ship with KnowledgeGraph.</summary>
public static class BuiltInReaders
{
    public static IReadOnlyList<IPaperReader> All() =>
    [
        // Filled in as readers land: trending page, arXiv Atom, JSON Lines, OpenAlex, Semantic Scholar, BibTeX.
    ];
}

namespace KnowledgeGraph.Core.Readers.Bibtex;

/// <summary>One parsed BibTeX entry: type (lower-cased), citation key and fields (names lower-cased, macros expanded, LaTeX kept).</summary>
internal sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

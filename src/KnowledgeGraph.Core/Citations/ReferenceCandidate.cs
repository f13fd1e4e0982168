using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Citations;

/// <summary>A paper a reference string may point to: what the matcher compares the string against.</summary>
/// <param name="Key">The caller's key for the paper (a store id, a row number).</param>
/// <param name="Title">The paper's title.</param>
/// <param name="Year">Publication year, when known.</param>
/// <param name="FirstAuthorSurname">The first author's family name, when known.</param>
/// <param name="Ids">External ids; an id found in a reference string matches before any title.</param>
public sealed record ReferenceCandidate(string Key, string Title, int? Year, string? FirstAuthorSurname, ExternalIds Ids);

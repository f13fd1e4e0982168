using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Records;

/// <summary>
/// One paper as a reader found it, independent of the source format. Nothing downstream of the readers
/// knows which format a record came from, except through <see cref="Source"/> (file and format) kept for provenance.
/// </summary>
public sealed record PaperRecord
{
    public required string Title { get; init; }
    public string? Abstract { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication date as precise as the source gives it: <c>2024</c>, <c>2024-03</c> or <c>2024-03-11</c>.</summary>
    public string? Published { get; init; }
    public int? Year { get; init; }
    public string? Venue { get; init; }
    public ExternalIds Ids { get; init; } = ExternalIds.None;
    public IReadOnlyList<PaperReference> References { get; init; } = [];
    /// <summary>Subject categories as the source names them (arXiv categories, fields of study).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>
    /// A partial record carries only some fields (an abstract, or references) of a paper identified by its
    /// <see cref="Ids"/>, with no metadata of its own; the store merges it into that paper. Its title may be empty.
    /// Bulk datasets that split a paper over files (S2AG abstracts, citations) produce partial records.
    /// </summary>
    public bool IsPartial { get; init; }
    /// <summary>Things the reader fixed or dropped without losing the record (e.g. a malformed DOI); reported as warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Where the record came from, for provenance and error messages.</summary>
    public required SourceLocation Source { get; init; }
}

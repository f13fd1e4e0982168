using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Citations;

/// <summary>
/// Gives printed references the ids they spell out: a bibliography string with "arXiv:2104.12255" or a DOI becomes
/// a reference by that id, so it resolves to the paper instead of to a title-only stub. References that already
/// carry ids are left as they are.
/// </summary>
public static class ReferenceIdEnricher
{
    public static PaperRecord Enrich(PaperRecord record)
    {
        if (record.References.Count == 0 || !record.References.Any(NeedsIds)) return record;
        return record with { References = record.References.Select(Enrich).ToList() };
    }

    public static PaperReference Enrich(PaperReference reference)
    {
        if (!NeedsIds(reference)) return reference;
        var found = TextIdExtractor.Find(reference.RawText ?? reference.Title);
        string? arxiv = null, doi = null;
        foreach (var id in found)
        {
            if (id.Scheme == "arxiv") arxiv ??= id.Value;
            else if (id.Scheme == "doi") doi ??= id.Value;
        }
        return arxiv is null && doi is null ? reference : reference with { Ids = reference.Ids with { ArxivId = arxiv, Doi = doi } };
    }

    private static bool NeedsIds(PaperReference reference) =>
        reference.Ids.IsEmpty && (!string.IsNullOrEmpty(reference.RawText) || !string.IsNullOrEmpty(reference.Title));
}

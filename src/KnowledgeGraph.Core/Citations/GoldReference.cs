namespace KnowledgeGraph.Core.Citations;

/// <summary>
/// One bibliography entry of an unarXive paper with the ids unarXive linked it to (normalized; null when absent).
/// </summary>
/// <param name="CitingPaper">arXiv id of the paper whose bibliography holds the entry.</param>
/// <param name="Key">The entry's key in <c>bib_entries</c>, unique with <paramref name="CitingPaper"/>.</param>
/// <param name="Raw">The reference string as printed (<c>bib_entry_raw</c>).</param>
/// <param name="OpenAlexId">Gold OpenAlex work id (<c>ids.open_alex_id</c>).</param>
/// <param name="Doi">Gold DOI (<c>ids.doi</c>).</param>
/// <param name="ArxivId">Gold arXiv id (<c>ids.arxiv_id</c>).</param>
/// <param name="LinkedArxivIds">arXiv ids unarXive found linked inside the string (<c>contained_arXiv_ids</c>).</param>
/// <param name="LinkedDois">DOIs of <c>doi.org</c> links inside the string (<c>contained_links</c>).</param>
public sealed record GoldReference(
    string CitingPaper,
    string Key,
    string Raw,
    string? OpenAlexId,
    string? Doi,
    string? ArxivId,
    IReadOnlyList<string> LinkedArxivIds,
    IReadOnlyList<string> LinkedDois);

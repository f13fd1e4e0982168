namespace KnowledgeGraph.Core.Citations;

/// <summary>The numbers of <see cref="ReferenceMatchingEvaluator.EvaluateAgainstCatalogue"/>.</summary>
/// <param name="Catalogue">Candidates in the catalogue (records with an arXiv id).</param>
/// <param name="Gold">Entries whose gold arXiv id (<c>ids.arxiv_id</c>, <c>contained_arXiv_ids</c> or the printed id) is in the catalogue.</param>
/// <param name="Title">Title matches (ids masked out of the strings) against the gold arXiv ids: a match to another paper
/// of an entry with a gold arXiv id is a false positive, no match for a gold entry a false negative.</param>
/// <param name="Unverifiable">Matches of entries that have no gold arXiv id (right or wrong cannot be told).</param>
/// <param name="Samples">Every wrong match and the first 10 others, as (reference string, matched title, confidence, verdict).</param>
public sealed record CatalogueMatchingReport(
    int Catalogue,
    int Gold,
    PrecisionRecall Title,
    int Unverifiable,
    IReadOnlyList<(string Raw, string Title, double Confidence, string Verdict)> Samples);

namespace KnowledgeGraph.Core.Citations;

/// <summary>The numbers of <see cref="ReferenceMatchingEvaluator"/>; see there for the protocol of each part.</summary>
/// <param name="Entries">Bibliography entries in the file.</param>
/// <param name="GoldLinked">Entries with a gold OpenAlex id.</param>
/// <param name="ArxivVsGoldIds">(a) arXiv ids extracted from gold-linked strings against <c>ids.arxiv_id</c>.</param>
/// <param name="ArxivGoldInText">(a) Gold arXiv ids that occur literally in their string: the reachable ceiling.</param>
/// <param name="DoiVsGoldIds">(a) DOIs extracted from gold-linked strings against <c>ids.doi</c>.</param>
/// <param name="DoiGoldInText">(a) Gold DOIs that occur literally in their string.</param>
/// <param name="UnverifiableIds">(a) Ids extracted from gold-linked strings whose gold record has no id of that scheme.</param>
/// <param name="ArxivVsLinks">(a') arXiv ids extracted from all strings against unarXive's <c>contained_arXiv_ids</c>.</param>
/// <param name="DoiVsLinks">(a') DOIs extracted from all strings against unarXive's <c>doi.org</c> links.</param>
/// <param name="LinkedIdsNotInText">(a') Linked ids left out of (a') because they are not printed in their string.</param>
/// <param name="GoldClusters">(b) Distinct gold OpenAlex ids among gold-linked entries.</param>
/// <param name="ClusterPairs">(b) Pairs of gold-linked entries put in one cluster, against pairs sharing an OpenAlex id.</param>
/// <param name="Links">(b) Leave-one-out matches made (entry → another entry).</param>
/// <param name="LinksById">(b) Of <paramref name="Links"/>, matches through an extracted id.</param>
/// <param name="WrongMerges">(b) Up to 10 pairs put together that cite different works, as raw strings.</param>
public sealed record ReferenceMatchingReport(
    int Entries,
    int GoldLinked,
    PrecisionRecall ArxivVsGoldIds,
    int ArxivGoldInText,
    PrecisionRecall DoiVsGoldIds,
    int DoiGoldInText,
    int UnverifiableIds,
    PrecisionRecall ArxivVsLinks,
    PrecisionRecall DoiVsLinks,
    int LinkedIdsNotInText,
    int GoldClusters,
    PrecisionRecall ClusterPairs,
    int Links,
    int LinksById,
    IReadOnlyList<(string A, string B)> WrongMerges);

namespace KnowledgeGraph.Core.Model;

/// <summary>
/// The identifiers a source gives for one paper, already normalized (see <see cref="Identity.IdNormalizer"/>):
/// DOI lower-cased without resolver prefix, arXiv id without version, OpenAlex <c>W…</c>, Semantic Scholar
/// paper id (40-hex) and corpus id.
/// </summary>
public sealed record ExternalIds
{
    public static readonly ExternalIds None = new();

    public string? Doi { get; init; }
    public string? ArxivId { get; init; }
    public string? OpenAlexId { get; init; }
    public string? SemanticScholarId { get; init; }
    public string? CorpusId { get; init; }
    /// <summary>Any other scheme the source uses (e.g. <c>acl</c>, <c>dblp</c>, <c>mag</c>, <c>bibtex</c> key), keyed by scheme.</summary>
    public IReadOnlyDictionary<string, string> Other { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty =>
        Doi is null && ArxivId is null && OpenAlexId is null && SemanticScholarId is null && CorpusId is null && Other.Count == 0;

    /// <summary>Every id as a <c>scheme:value</c> key, strongest first; the keys are what the store indexes.</summary>
    public IEnumerable<string> Keys()
    {
        if (Doi is not null) yield return "doi:" + Doi;
        if (ArxivId is not null) yield return "arxiv:" + ArxivId;
        if (OpenAlexId is not null) yield return "openalex:" + OpenAlexId;
        if (SemanticScholarId is not null) yield return "s2:" + SemanticScholarId;
        if (CorpusId is not null) yield return "corpus:" + CorpusId;
        // The writer asks for the keys of every record and reference several times; most have no other scheme, and
        // sorting an empty dictionary still allocates.
        if (Other.Count == 0) yield break;
        // Citation-network node ids are one scheme (Other[dataset]): the writer asks for their keys several times per
        // reference, and ordering a one-entry dictionary costs more than the lookup the key is for.
        if (Other.Count == 1)
        {
            foreach (var (scheme, value) in Other) yield return scheme + ":" + value;
            yield break;
        }
        foreach (var (scheme, value) in Other.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return scheme + ":" + value;
        }
    }
}

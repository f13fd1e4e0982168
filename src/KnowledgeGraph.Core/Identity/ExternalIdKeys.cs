using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// External ids as the list of <c>scheme:value</c> keys every store keeps for a paper, and the two rules identity
/// resolution needs whatever the store: merging two id sets, and telling when two contradict each other.
/// </summary>
public static class ExternalIdKeys
{
    /// <summary>The ids named by <c>scheme:value</c> keys; the first key of a scheme wins, keys without a scheme are ignored.</summary>
    public static ExternalIds FromKeys(IEnumerable<string> keys)
    {
        string? doi = null, arxiv = null, openAlex = null, s2 = null, corpus = null;
        Dictionary<string, string>? other = null;
        foreach (var key in keys)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var scheme = key[..colon];
            var value = key[(colon + 1)..];
            switch (scheme)
            {
                case "doi": doi ??= value; break;
                case "arxiv": arxiv ??= value; break;
                case "openalex": openAlex ??= value; break;
                case "s2": s2 ??= value; break;
                case "corpus": corpus ??= value; break;
                default:
                    other ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    other.TryAdd(scheme, value);
                    break;
            }
        }
        return new ExternalIds
        {
            Doi = doi,
            ArxivId = arxiv,
            OpenAlexId = openAlex,
            SemanticScholarId = s2,
            CorpusId = corpus,
            Other = other ?? (IReadOnlyDictionary<string, string>)ExternalIds.None.Other,
        };
    }

    /// <summary>The union of two id sets; where both name a scheme, <paramref name="existing"/> wins.</summary>
    public static ExternalIds Merge(ExternalIds existing, ExternalIds incoming)
    {
        if (incoming.IsEmpty) return existing;
        if (existing.IsEmpty) return incoming;
        return FromKeys(existing.Keys().Concat(incoming.Keys()));
    }

    /// <summary>True when both sets name the same scheme with different values: they cannot be one paper.</summary>
    public static bool Conflict(ExternalIds a, ExternalIds b) =>
        Differs(a.Doi, b.Doi) || Differs(a.ArxivId, b.ArxivId) || Differs(a.OpenAlexId, b.OpenAlexId)
        || Differs(a.SemanticScholarId, b.SemanticScholarId) || Differs(a.CorpusId, b.CorpusId)
        || a.Other.Any(kv => b.Other.TryGetValue(kv.Key, out var v) && !string.Equals(v, kv.Value, StringComparison.Ordinal));

    /// <summary>The keys a user may mean: <c>scheme:value</c> as typed and normalized, and a bare DOI / arXiv / OpenAlex / S2 id.</summary>
    public static IEnumerable<string> CandidateKeys(string input)
    {
        var colon = input.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var scheme = input[..colon].Trim().ToLowerInvariant();
            var value = input[(colon + 1)..].Trim();
            yield return scheme + ":" + value;
            var normalized = scheme switch
            {
                "doi" => IdNormalizer.Doi(value),
                "arxiv" => IdNormalizer.Arxiv(value),
                "openalex" => IdNormalizer.OpenAlex(value),
                "s2" => IdNormalizer.SemanticScholar(value),
                "corpus" or "corpusid" => IdNormalizer.CorpusId(value),
                _ => null,
            };
            if (normalized is not null) yield return (scheme == "corpusid" ? "corpus" : scheme) + ":" + normalized;
        }
        if (IdNormalizer.Doi(input) is { } doi) yield return "doi:" + doi;
        if (IdNormalizer.Arxiv(input) is { } arxiv) yield return "arxiv:" + arxiv;
        if (IdNormalizer.OpenAlex(input) is { } openAlex) yield return "openalex:" + openAlex;
        if (IdNormalizer.SemanticScholar(input) is { } s2) yield return "s2:" + s2;
    }

    private static bool Differs(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal);
}

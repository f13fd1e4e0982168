using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Chooses a paper's stable id from its external ids, strongest first:
/// DOI &gt; arXiv id &gt; OpenAlex id &gt; Semantic Scholar id &gt; corpus id &gt; other &gt; normalized-title hash.
/// The id is a <c>scheme:value</c> string, so it says where it came from.
/// </summary>
public static class PaperIdentity
{
    public static string ChooseId(ExternalIds ids, string? title)
    {
        var first = ids.Keys().FirstOrDefault();
        if (first is not null) return first;
        return TitleKey(title ?? string.Empty);
    }

    /// <summary>The fallback key: <c>title:</c> + 16 hex chars of SHA-256 over the normalized title.</summary>
    public static string TitleKey(string title)
    {
        return "title:" + Sha256Text.HexPrefix(TitleNormalizer.Normalize(title), 8);
    }

    /// <summary>
    /// The title a merged paper keeps: the incoming one, unless it is an all-lower-case copy of the stored one (the
    /// same normalized title). Some corpora lower-case their titles (arxiv2023's numeric-id rows), and the record
    /// that arrives last must not turn "Evasion Attacks against Machine Learning at Test Time" into lower case.
    /// </summary>
    public static string PreferredTitle(string? stored, string incoming)
    {
        if (string.IsNullOrWhiteSpace(stored) || incoming.Any(char.IsUpper) || !stored.Any(char.IsUpper)) return incoming;
        return TitleKey(stored) == TitleKey(incoming) ? stored : incoming;
    }
}

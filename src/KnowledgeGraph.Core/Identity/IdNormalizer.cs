using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Normalizes external identifiers so the same paper gets the same key from every source.
/// Returns null for values that are not a valid id of that scheme (callers report those).
/// </summary>
public static partial class IdNormalizer
{
    /// <summary><c>https://doi.org/10.7717/PeerJ.4375</c> → <c>10.7717/peerj.4375</c> (DOIs are case-insensitive).</summary>
    public static string? Doi(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim();
        var idx = s.IndexOf("10.", StringComparison.Ordinal);
        if (idx < 0) return null;
        s = s[idx..].TrimEnd('.', ',', ';', ')', ']', '}');
        s = Uri.UnescapeDataString(s);
        return DoiPattern().IsMatch(s) ? s.ToLowerInvariant() : null;
    }

    /// <summary>
    /// <c>http://arxiv.org/abs/2104.12255v1</c> → <c>2104.12255</c>; <c>arXiv:quant-ph/0201082v1</c> → <c>quant-ph/0201082</c>.
    /// The version is dropped: every version is the same paper.
    /// </summary>
    public static string? Arxiv(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var m = ArxivPattern().Match(raw.Trim());
        if (!m.Success) return null;
        return m.Groups["new"].Success ? m.Groups["new"].Value : m.Groups["old"].Value.ToLowerInvariant();
    }

    /// <summary><c>https://openalex.org/W2741809807</c> → <c>W2741809807</c>.</summary>
    public static string? OpenAlex(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var m = OpenAlexPattern().Match(raw.Trim());
        return m.Success ? "W" + m.Groups[1].Value : null;
    }

    /// <summary>A Semantic Scholar paper id: 40 hex characters, lower-cased.</summary>
    public static string? SemanticScholar(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim();
        var slash = s.LastIndexOf('/');
        if (slash >= 0) s = s[(slash + 1)..];
        return S2Pattern().IsMatch(s) ? s.ToLowerInvariant() : null;
    }

    /// <summary>A Semantic Scholar corpus id: a positive integer.</summary>
    public static string? CorpusId(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim();
        if (s.StartsWith("CorpusId:", StringComparison.OrdinalIgnoreCase)) s = s[9..];
        return long.TryParse(s, out var v) && v > 0 ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.NonBacktracking)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"(?:^|arxiv[:./]|abs/|pdf/|^arXiv:)\s*(?:(?<new>\d{4}\.\d{4,5})|(?<old>[a-zA-Z\-]+(?:\.[A-Za-z]{2})?/\d{7}))(?:v\d+)?(?:\.pdf)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();

    [GeneratedRegex(@"(?:^|/)W(\d{3,12})$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenAlexPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{40}$")]
    private static partial Regex S2Pattern();
}

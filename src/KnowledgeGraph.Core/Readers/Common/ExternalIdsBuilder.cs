using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>
/// Collects a record's ids from raw source values, normalizing each with <see cref="IdNormalizer"/>.
/// Invalid values (a malformed DOI or arXiv id) are dropped and listed in <see cref="Rejected"/>, so the reader can
/// report them: a bad id is not a reason to lose the paper. The first valid value of a scheme wins.
/// </summary>
internal sealed class ExternalIdsBuilder
{
    private readonly Dictionary<string, string> _other = new(StringComparer.Ordinal);
    private string? _doi;
    private string? _arxiv;
    private string? _openAlex;
    private string? _semanticScholar;
    private string? _corpusId;
    private List<string>? _rejected;

    /// <summary>What was dropped and why, e.g. <c>DOI 'not-a-doi' is not a valid DOI</c>.</summary>
    public IReadOnlyList<string> Rejected => _rejected ?? (IReadOnlyList<string>)[];

    private string? Check(string? normalized, string? raw, string scheme)
    {
        if (normalized is null && !string.IsNullOrWhiteSpace(raw)) (_rejected ??= []).Add($"{scheme} '{Shorten(raw)}' is not a valid {scheme}; dropped");
        return normalized;
    }

    private static string Shorten(string raw) => raw.Length <= 80 ? raw.Trim() : raw[..77].Trim() + "…";

    public ExternalIdsBuilder Doi(string? raw)
    {
        _doi ??= Check(IdNormalizer.Doi(raw), raw, "DOI");
        return this;
    }

    public ExternalIdsBuilder Arxiv(string? raw)
    {
        _arxiv ??= Check(IdNormalizer.Arxiv(raw), raw, "arXiv id");
        return this;
    }

    public ExternalIdsBuilder OpenAlex(string? raw)
    {
        _openAlex ??= Check(IdNormalizer.OpenAlex(raw), raw, "OpenAlex id");
        return this;
    }

    public ExternalIdsBuilder SemanticScholar(string? raw)
    {
        _semanticScholar ??= Check(IdNormalizer.SemanticScholar(raw), raw, "Semantic Scholar id");
        return this;
    }

    public ExternalIdsBuilder CorpusId(string? raw)
    {
        _corpusId ??= Check(IdNormalizer.CorpusId(raw), raw, "corpus id");
        return this;
    }

    /// <summary>Any other scheme (lower-cased); blank values are ignored.</summary>
    public ExternalIdsBuilder Other(string scheme, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _other.TryAdd(scheme.ToLowerInvariant(), value.Trim());
        return this;
    }

    /// <summary>
    /// A <c>scheme:value</c> key as <see cref="ExternalIds.Keys"/> prints it (<c>arxiv:1706.03762</c>, <c>doi:10…</c>);
    /// a value without a known scheme is kept under <paramref name="fallbackScheme"/>. Returns false when nothing valid was added.
    /// </summary>
    public bool Key(string? key, string fallbackScheme)
    {
        if (string.IsNullOrWhiteSpace(key)) return false;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? key[..colon].Trim().ToLowerInvariant() : string.Empty;
        var value = colon > 0 ? key[(colon + 1)..].Trim() : key.Trim();
        switch (scheme)
        {
            case "doi": return Set(ref _doi, IdNormalizer.Doi(value));
            case "arxiv": return Set(ref _arxiv, IdNormalizer.Arxiv(value));
            case "openalex": return Set(ref _openAlex, IdNormalizer.OpenAlex(value));
            case "s2": return Set(ref _semanticScholar, IdNormalizer.SemanticScholar(value));
            case "corpus": return Set(ref _corpusId, IdNormalizer.CorpusId(value));
            case "" or "http" or "https":
                if (IdNormalizer.Doi(key) is { } doi && key.Contains("doi", StringComparison.OrdinalIgnoreCase)) return Set(ref _doi, doi);
                if (IdNormalizer.Arxiv(key) is { } arxiv) return Set(ref _arxiv, arxiv);
                if (IdNormalizer.OpenAlex(key) is { } openAlex) return Set(ref _openAlex, openAlex);
                Other(fallbackScheme, key);
                return true;
            default:
                Other(scheme, value);
                return value.Length > 0;
        }
    }

    public ExternalIds Build() => new()
    {
        Doi = _doi,
        ArxivId = _arxiv,
        OpenAlexId = _openAlex,
        SemanticScholarId = _semanticScholar,
        CorpusId = _corpusId,
        Other = _other.Count == 0 ? ExternalIds.None.Other : new Dictionary<string, string>(_other, StringComparer.Ordinal),
    };

    private static bool Set(ref string? field, string? value)
    {
        if (value is null) return false;
        field ??= value;
        return true;
    }
}

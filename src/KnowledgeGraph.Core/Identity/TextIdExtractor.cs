using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Finds arXiv ids and DOIs in free text (abstracts, bibliography strings) and returns them normalized, in order of
/// appearance, each once. Recognised: new-style arXiv ids with or without prefix and version (<c>2104.12255</c>,
/// <c>arXiv:2104.12255v2</c>, <c>arxiv.org/abs/2104.12255</c>), old-style ids of a known archive
/// (<c>hep-th/0201143</c>, <c>math.AG/0601001</c> → <c>math/0601001</c>), DOIs (<c>10.1090/tran/8674</c>, also in
/// <c>doi.org</c> URLs; an arXiv DOI <c>10.48550/arXiv.2104.12255</c> yields the arXiv id as well).
/// </summary>
/// <remarks>
/// The pattern runs on the non-backtracking engine, so matching is linear in the input whatever it holds; word
/// boundaries (which that engine cannot express as look-arounds) are checked in code, and the scan resumes after each
/// match. A bare <c>NNNN.NNNNN</c> counts as an arXiv id only when its year-month is a real arXiv month (from 0704)
/// and its number has the length arXiv used then (4 digits to 1412, 5 from 1501), so page numbers and
/// decimals rarely pass.
/// </remarks>
public static partial class TextIdExtractor
{
    /// <summary>Longer DOIs are taken for run-on text and ignored.</summary>
    public const int MaxDoiLength = 300;

    private static readonly HashSet<string> OldArchives = new(StringComparer.OrdinalIgnoreCase)
    {
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn", "chem-ph", "cmp-lg",
        "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math",
        "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th", "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "q-fin",
        "quant-ph", "solv-int", "stat", "supr-con",
    };

    /// <summary>Every arXiv id and DOI in <paramref name="text"/>, normalized, in order, without repeats.</summary>
    public static IReadOnlyList<FoundId> Find(string? text)
    {
        var found = new List<FoundId>();
        if (string.IsNullOrEmpty(text)) return found;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string scheme, string? value, int index, int length)
        {
            if (value is not null && seen.Add(scheme + ":" + value)) found.Add(new FoundId(scheme, value, index, length));
        }

        var position = 0;
        while (position < text.Length)
        {
            var m = IdPattern().Match(text, position);
            if (!m.Success) break;
            position = m.Index + Math.Max(1, m.Length);
            if (m.Groups["new"].Success)
            {
                if (NewIdAllowed(text, m)) Add("arxiv", IdNormalizer.Arxiv(m.Groups["new"].Value), m.Index, m.Length);
            }
            else if (m.Groups["old"].Success)
            {
                if (OldId(text, m) is { } old) Add("arxiv", old, m.Index, m.Length);
            }
            else if (Doi(text, m) is { } doi)
            {
                Add("doi", doi, m.Index, m.Length);
                if (doi.StartsWith("10.48550/arxiv.", StringComparison.Ordinal)) Add("arxiv", IdNormalizer.Arxiv(doi[15..]), m.Index, m.Length);
            }
        }
        return found;
    }

    private static bool NewIdAllowed(string text, Match m)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && char.IsAsciiDigit(text[end])) return false;
        if (m.Index > 0)
        {
            var before = text[m.Index - 1];
            var prefixed = m.Index >= 5 && text.AsSpan(m.Index - 5, 5).Equals("arxiv", StringComparison.OrdinalIgnoreCase);
            if (!prefixed && (char.IsLetterOrDigit(before) || before is '.' or '-' or '_')) return false;
        }
        var id = m.Groups["new"].Value;
        var yy = (id[0] - '0') * 10 + (id[1] - '0');
        var mm = (id[2] - '0') * 10 + (id[3] - '0');
        if (mm is < 1 or > 12 || yy * 100 + mm < 704) return false;
        var digits = id.Length - 5;
        return digits == (yy * 100 + mm >= 1501 ? 5 : 4);
    }

    private static string? OldId(string text, Match m)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && char.IsAsciiDigit(text[end])) return null;
        if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '-' or '_')) return null;
        var old = m.Groups["old"].Value;
        var slash = old.IndexOf('/');
        var archive = old[..slash];
        var dot = archive.IndexOf('.');
        if (dot >= 0) archive = archive[..dot]; // the subject class (math.AG) is not part of the id
        if (!OldArchives.Contains(archive)) return null;
        var number = old[(slash + 1)..];
        var yy = (number[0] - '0') * 10 + (number[1] - '0');
        var mm = (number[2] - '0') * 10 + (number[3] - '0');
        if (mm is < 1 or > 12 || yy is > 7 and < 91) return null;
        return IdNormalizer.Arxiv(archive.ToLowerInvariant() + "/" + number);
    }

    private static string? Doi(string text, Match m)
    {
        if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '.')) return null;
        var doi = m.Groups["doi"].Value;
        if (doi.Length > MaxDoiLength) return null;
        // Trailing punctuation belongs to the sentence, and a closing bracket only to the DOI when it opened there.
        while (doi.Length > 0)
        {
            var last = doi[^1];
            if (last is '.' or ',' or ';' or ':' or '\'' or '"' or '”' or '’') doi = doi[..^1];
            else if (last is ')' or ']' or '}' && Count(doi, Opening(last)) < Count(doi, last)) doi = doi[..^1];
            else break;
        }
        return IdNormalizer.Doi(doi);
    }

    private static char Opening(char closing) => closing switch { ')' => '(', ']' => '[', _ => '{' };

    private static int Count(string s, char c) => s.Count(x => x == c);

    [GeneratedRegex(
        @"(?<new>[0-9]{4}\.[0-9]{4,5})(v[0-9]+)?|(?<old>[a-z]+(-[a-z]+)?(\.[a-z]{2}(-[a-z]{2})?)?/[0-9]{7})(v[0-9]+)?|(?<doi>10\.[0-9]{4,9}/[^\s""<>]+)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IdPattern();
}

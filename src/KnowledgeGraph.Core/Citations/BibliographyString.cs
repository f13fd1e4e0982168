using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Identity;

namespace KnowledgeGraph.Core.Citations;

/// <summary>
/// Heuristics that pull a title, a year and a first-author surname out of a raw bibliography string, for strings
/// that have no catalogue entry of their own (clustering reference strings against each other).
/// </summary>
public static partial class BibliographyString
{
    /// <summary>Only this many leading characters are looked at; a bibliography entry is shorter.</summary>
    public const int MaxLength = 1_000;

    /// <summary>Four-digit years 1900–2099 in the string, in order; numbers in page ranges (<c>1877–1901</c>) are not years.</summary>
    public static IReadOnlyList<int> Years(string raw)
    {
        if (raw.Length > MaxLength) raw = raw[..MaxLength];
        return YearPattern().Matches(raw)
            .Where(m => !(m.Index > 0 && IsRangeMark(raw[m.Index - 1])) && !(m.Index + m.Length < raw.Length && IsRangeMark(raw[m.Index + m.Length])))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    private static bool IsRangeMark(char c) => c is '-' or '–' or '—' or ':';

    /// <summary>
    /// The likely title: the text in quotes (<c>“…”</c>, <c>"…"</c>, LaTeX <c>``…''</c>) when there is some; otherwise the first segment after the author list that
    /// has three words or more and does not start like a venue (segments split at a <c>". "</c> that does not follow
    /// an initial, and after a year).
    /// </summary>
    public static string GuessTitle(string raw)
    {
        if (raw.Length > MaxLength) raw = raw[..MaxLength];
        var quoted = QuotedPattern().Match(raw);
        if (quoted.Success && quoted.Groups["t"].Value.Split(' ').Length >= 3) return quoted.Groups["t"].Value.Trim(' ', ',', '.');
        var segments = SegmentPattern().Split(raw).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count <= 1) return raw;
        // The first segment is the author list (or authors and year); the title is the next segment that has a few
        // words and does not read like a venue ("In Proceedings …", "Advances in …", "arXiv preprint …").
        var rest = segments.Skip(1).Where(t => !YearOnlyPattern().IsMatch(t)).ToList();
        return rest.FirstOrDefault(t => t.Split(' ').Length >= 3 && !VenuePattern().IsMatch(t))
            ?? rest.FirstOrDefault()
            ?? segments[^1];
    }

    /// <summary>The first author's surname: the first capitalised word of 2+ letters before a comma or " and", normalized.</summary>
    public static string? FirstAuthorSurname(string raw)
    {
        var head = raw.Length > 120 ? raw[..120] : raw;
        var m = SurnamePattern().Match(head);
        if (!m.Success) return null;
        var surname = TitleNormalizer.Normalize(m.Groups["s"].Value);
        return surname.Length >= 2 ? surname : null;
    }

    [GeneratedRegex(@"\b(19|20)[0-9]{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[“""](?<t>[^”""]{10,300})[”""]|``(?<t>[^']{10,300})''", RegexOptions.NonBacktracking)]
    private static partial Regex QuotedPattern();

    // A period ending a segment: not after a single capital letter (an initial), followed by space and a capital or digit.
    [GeneratedRegex(@"(?<![\s.\-](?:[A-Z]|Ph|Th|Ch|Sh|Zh|Kh))(?<!^(?:[A-Z]|Ph|Th|Ch|Sh|Zh|Kh))\.\s+(?=[A-Z0-9“""])|(?<=\b(19|20)[0-9]{2}[a-z]?\)?)[.,]\s+")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"^(In\s|Proc|Advances in|arXiv|Journal|J\.|IEEE|ACM|Trans|Phys|Vol|Springer|PMLR|Curran)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex VenuePattern();

    [GeneratedRegex(@"^\(?(19|20)[0-9]{2}[a-z]?\)?$", RegexOptions.NonBacktracking)]
    private static partial Regex YearOnlyPattern();

    // "Devlin, J.;" / "Jacob Devlin, Ming-Wei" / "A. Vaswani, N. Shazeer": the last capitalised word before the first separator.
    [GeneratedRegex(@"^(?:[^,;]*?\s)?(?<s>\p{Lu}[\p{L}'\-]+)\s*(?:,|;|\band\b|\.\s)", RegexOptions.NonBacktracking)]
    private static partial Regex SurnamePattern();
}

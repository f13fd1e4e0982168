using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Bibtex;

/// <summary>Maps a parsed BibTeX entry to a paper record: plain-text fields, "First Last" authors, ids from doi/eprint/url.</summary>
internal static partial class BibtexRecordMapper
{
    public static ReadOutcome ToOutcome(BibtexEntry entry, SourceLocation location)
    {
        var f = entry.Fields;
        string? Field(string name) => f.TryGetValue(name, out var v) && LatexText.ToPlain(v) is { Length: > 0 } text ? text : null;

        var title = Field("title");
        if (title is null) return ReadOutcome.Fail(location, $"@{entry.Type}{{{entry.Key}}} has no title");

        var ids = new ExternalIdsBuilder().Doi(Field("doi"));
        var eprint = Field("eprint");
        var prefix = Field("archiveprefix") ?? Field("eprinttype");
        if (eprint is not null && (prefix is null || prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase))) ids.Arxiv(eprint);
        var venue = Field("journal") ?? Field("booktitle");
        if (venue is not null && venue.Contains("arxiv", StringComparison.OrdinalIgnoreCase)) ids.Arxiv(ArxivInText().Match(venue).Value);
        if (Field("url") is { } url)
        {
            if (url.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase)) ids.Arxiv(url);
            if (url.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)) ids.Doi(url);
            if (AclUrl().Match(url) is { Success: true } acl) ids.Other("acl", acl.Groups[1].Value);
        }
        if (entry.Key.Length > 0) ids.Other("bibtex", entry.Key);

        var year = Field("year") is { } y && YearDigits().Match(y) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var month = Field("month") is { Length: 2 } mm && mm.All(char.IsDigit) ? mm : null;
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = title,
            Abstract = Field("abstract"),
            Authors = f.TryGetValue("author", out var authors) ? SplitAuthors(authors) : [],
            Year = year,
            Published = year is null ? null : month is null ? $"{year:0000}" : $"{year:0000}-{month}",
            Venue = venue,
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = Field("keywords")?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            Source = location,
        });
    }

    /// <summary>Splits on " and " outside braces; "Last, First" and "Last, Jr, First" become "First Last (Jr)"; "others" is dropped.</summary>
    internal static IReadOnlyList<string> SplitAuthors(string raw)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length)
            {
                if (raw[i] == '{') depth++;
                else if (raw[i] == '}') depth--;
                if (depth != 0 || !IsAndAt(raw, i)) continue;
            }
            var name = FlipName(LatexText.ToPlain(raw[start..Math.Min(i, raw.Length)]));
            if (name.Length > 0 && name is not "others" and not "et al." and not "et al") names.Add(name);
            if (i < raw.Length) start = i + 5;
            i += 4;
        }
        return names;
    }

    private static bool IsAndAt(string s, int i) =>
        i + 5 <= s.Length && char.IsWhiteSpace(s[i]) && s.AsSpan(i + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(s[i + 4]);

    private static string FlipName(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            2 => $"{parts[1]} {parts[0]}",
            3 => $"{parts[2]} {parts[0]} {parts[1]}",
            _ => name,
        };
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearDigits();

    [GeneratedRegex(@"(?i)arxiv[:./]\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?")]
    private static partial Regex ArxivInText();

    [GeneratedRegex(@"aclanthology\.org/([A-Za-z0-9.\-]+?)/?$")]
    private static partial Regex AclUrl();
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Bibtex;

/// <summary>
/// Reads BibTeX one entry at a time. An entry starts at a line beginning with <c>@</c> and ends where its braces
/// close; an entry whose braces do not balance before the next <c>@</c> at a line start is reported and skipped.
/// <c>@string</c> macros apply to later entries; <c>@comment</c> and <c>@preamble</c> are skipped; any entry with a
/// title becomes a record (including <c>@proceedings</c>).
/// </summary>
public sealed partial class BibtexReader : IPaperReader
{
    public string Format => "bibtex";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        if (EntryStart().IsMatch(TextDecoding.HeadText(head))) return 2;
        return fileName.EndsWith(".bib", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".bibtex", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = TextDecoding.CreateReader(stream);
        var parser = new BibtexParser();
        var entry = new StringBuilder();
        long entryLine = 0;
        long lineNumber = 0;
        long recordNumber = 0;
        var depth = 0;
        var parenthesized = false;

        while (true)
        {
            var (line, error) = await TextDecoding.ReadLineOrErrorAsync(reader, cancellationToken);
            lineNumber++;
            if (error is not null)
            {
                yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, lineNumber), error);
                yield break;
            }

            var startsEntry = line is not null && line.TrimStart().StartsWith('@');
            if ((line is null || startsEntry) && entry.Length > 0)
            {
                // The previous entry did not close before this one (or the end of the file).
                recordNumber++;
                yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, entryLine, recordNumber), "entry is not closed (unbalanced braces); skipped to the next entry");
                entry.Clear();
            }
            if (line is null) yield break;
            if (entry.Length == 0 && !startsEntry) continue; // text between entries is a comment in BibTeX

            if (entry.Length == 0)
            {
                entryLine = lineNumber;
                depth = 0;
                parenthesized = ParenthesizedStart().IsMatch(line);
            }
            entry.Append(line).Append('\n');
            depth += Balance(line, parenthesized);
            if (depth > 0 || !HasOpened(entry)) continue;

            var text = entry.ToString();
            entry.Clear();
            var location = new SourceLocation(sourceName, Format, entryLine, recordNumber + 1);
            var outcome = ParseEntry(parser, text, location);
            if (outcome is { } o)
            {
                recordNumber++;
                yield return o;
            }
        }
    }

    private ReadOutcome? ParseEntry(BibtexParser parser, string text, SourceLocation location)
    {
        BibtexEntry? entry;
        try
        {
            entry = parser.Parse(text);
        }
        catch (FormatException ex)
        {
            return ReadOutcome.Fail(location, "malformed entry: " + ex.Message);
        }
        if (entry is null) return null;
        return SafeMap.Run(() => BibtexRecordMapper.ToOutcome(entry, location), location);
    }

    /// <summary>True once the entry's opening delimiter has been seen (a line may hold only <c>@article</c>).</summary>
    private static bool HasOpened(StringBuilder entry)
    {
        for (var i = 0; i < entry.Length; i++)
        {
            if (entry[i] is '{' or '(') return true;
        }
        return false;
    }

    /// <summary>Open minus closed braces (and parentheses, for an entry written as <c>@type( … )</c>).</summary>
    private static int Balance(string line, bool countParentheses)
    {
        var balance = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\') i++;
            else if (c == '{') balance++;
            else if (c == '}') balance--;
            else if (countParentheses && c == '(') balance++;
            else if (countParentheses && c == ')') balance--;
        }
        return balance;
    }

    [GeneratedRegex(@"^\s*@[A-Za-z]+\s*\(")]
    private static partial Regex ParenthesizedStart();

    [GeneratedRegex(@"(?m)^\s*@[A-Za-z]+\s*[{(]")]
    private static partial Regex EntryStart();
}

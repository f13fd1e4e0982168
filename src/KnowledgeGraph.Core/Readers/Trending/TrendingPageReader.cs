using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Trending;

/// <summary>
/// Reads a trending-papers page saved as text: page chrome, a date line (<c>Mar 11</c>), then per paper a
/// title line, a blank line and an abstract paragraph. After the date line, a paper is a short one-line paragraph
/// that does not end in a full stop, directly followed by a long paragraph; everything before the date line
/// (menu items, banners) is chrome. A text file without a date line is not a trending page and yields one problem.
/// </summary>
public sealed partial class TrendingPageReader : IPaperReader
{
    /// <summary>A title is one line of at most this many characters.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>An abstract is a paragraph of at least this many characters.</summary>
    public const int MinAbstractLength = 100;

    public string Format => "trending-page";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head);
        var firstLines = text.Split('\n', 40).Take(30).Select(l => l.Trim()).ToList();
        if (firstLines.Any(l => DateLine().IsMatch(l)))
        {
            var first = text.TrimStart();
            if (!first.StartsWith('{') && !first.StartsWith('<') && !first.StartsWith('@')) return 2;
        }
        return fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = TextDecoding.CreateReader(stream);
        var paragraph = new StringBuilder();
        long lineNumber = 0;
        long paragraphLine = 0;
        var paragraphLines = 0;
        (string Text, long Line)? pendingTitle = null;
        var afterDate = false;
        long recordNumber = 0;

        while (true)
        {
            var (line, error) = await TextDecoding.ReadLineOrErrorAsync(reader, cancellationToken);
            lineNumber++;
            if (error is not null)
            {
                yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, lineNumber), error);
                yield break;
            }

            if (line is not null && !string.IsNullOrWhiteSpace(line))
            {
                if (paragraphLines == 0) paragraphLine = lineNumber;
                if (paragraphLines > 0) paragraph.Append(' ');
                paragraph.Append(line.Trim());
                paragraphLines++;
                continue;
            }

            if (paragraphLines > 0)
            {
                var text = TextDecoding.CollapseWhitespace(paragraph.ToString());
                var isOneLine = paragraphLines == 1;
                paragraph.Clear();
                paragraphLines = 0;

                if (!afterDate)
                {
                    afterDate = isOneLine && DateLine().IsMatch(text);
                }
                else if (pendingTitle is { } title && text.Length >= MinAbstractLength)
                {
                    pendingTitle = null;
                    recordNumber++;
                    yield return ReadOutcome.Ok(new PaperRecord
                    {
                        Title = title.Text,
                        Abstract = text,
                        Source = new SourceLocation(sourceName, Format, title.Line, recordNumber),
                    });
                }
                else if (isOneLine && DateLine().IsMatch(text))
                {
                    pendingTitle = null;
                }
                else if (isOneLine && IsTitle(text))
                {
                    pendingTitle = (text, paragraphLine);
                }
                else
                {
                    if (text.Length >= MinAbstractLength)
                    {
                        yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, paragraphLine), "abstract paragraph without a title line before it");
                    }
                    pendingTitle = null;
                }
            }

            if (line is null) break;
        }

        if (!afterDate)
        {
            yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, 1), "no date line (such as \"Mar 11\") found: not a trending-papers page");
        }
        else if (pendingTitle is { } dangling)
        {
            yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, dangling.Line), $"title \"{dangling.Text}\" has no abstract after it");
        }
    }

    private static bool IsTitle(string text) =>
        text.Length is > 0 and <= MaxTitleLength && !text.EndsWith('.') && text.Any(char.IsLetter);

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$")]
    private static partial Regex DateLine();
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Jsonl;

/// <summary>
/// Reads our own JSON Lines format, one paper record per line (<c>schema/paper-record.schema.json</c>;
/// written by <see cref="PaperRecordJsonWriter"/>). Blank lines are skipped; a bad line is reported with its number.
/// </summary>
public sealed class PaperJsonlReader : IPaperReader
{
    public string Format => "paper-jsonl";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head).TrimStart();
        var firstLine = text.Split('\n', 2)[0];
        if (firstLine.StartsWith('{') && firstLine.Contains("\"title\"", StringComparison.Ordinal)
            && !firstLine.Contains("corpusid\"", StringComparison.Ordinal) && !firstLine.Contains("\"paperId\"", StringComparison.Ordinal)
            && !firstLine.Contains("openalex.org", StringComparison.Ordinal))
        {
            return 2;
        }
        return fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        await foreach (var line in JsonLines.ReadAsync(stream, cancellationToken))
        {
            recordNumber++;
            var location = new SourceLocation(sourceName, Format, line.Line, recordNumber);
            if (line.Error is not null)
            {
                yield return ReadOutcome.Fail(location, line.Error);
                if (line.Fatal) yield break;
                continue;
            }
            var (record, error) = PaperRecordJson.Parse(line.Element, location);
            yield return record is not null ? ReadOutcome.Ok(record) : ReadOutcome.Fail(location, error ?? "not a paper record");
        }
    }
}

using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Arxiv;

/// <summary>
/// Reads arXiv API responses (Atom XML), one <c>entry</c> at a time. The API reports errors as an entry titled
/// <c>Error</c>; that entry becomes a problem carrying the API's message, not a paper.
/// </summary>
public sealed class ArxivAtomReader : IPaperReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ArxivNs = "http://arxiv.org/schemas/atom";

    public string Format => "arxiv-atom";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head);
        if (text.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal) && text.Contains("arxiv", StringComparison.OrdinalIgnoreCase)) return 2;
        return fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".atom", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            CloseInput = false,
        };
        using var xml = XmlReader.Create(stream, settings);
        var lineInfo = (IXmlLineInfo)xml;
        long recordNumber = 0;

        while (true)
        {
            XElement? entry = null;
            long line = 0;
            string? error = null;
            var done = false;
            try
            {
                (entry, line, done) = await NextEntryAsync(xml, lineInfo, cancellationToken);
            }
            catch (XmlException ex)
            {
                error = $"invalid XML: {ex.Message}";
                line = ex.LineNumber;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = TextDecoding.EncodingError(ex);
                line = lineInfo.LineNumber;
            }

            if (error is not null)
            {
                yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, line, recordNumber + 1), error);
                yield break;
            }
            if (done || entry is null) yield break;

            recordNumber++;
            yield return ToOutcome(entry, new SourceLocation(sourceName, Format, line, recordNumber));
        }
    }

    private static async Task<(XElement? Entry, long Line, bool Done)> NextEntryAsync(XmlReader xml, IXmlLineInfo lineInfo, CancellationToken cancellationToken)
    {
        while (!xml.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry" && xml.NamespaceURI == Atom.NamespaceName)
            {
                long line = lineInfo.LineNumber;
                var entry = (XElement)await XNode.ReadFromAsync(xml, cancellationToken);
                return (entry, line, false);
            }
            if (!await xml.ReadAsync()) break;
        }
        return (null, 0, true);
    }

    private ReadOutcome ToOutcome(XElement entry, SourceLocation location)
    {
        var title = Text(entry, Atom + "title");
        var summary = Text(entry, Atom + "summary");
        var rawId = Text(entry, Atom + "id");
        if (title == "Error" && (rawId?.Contains("/api/errors", StringComparison.Ordinal) ?? false))
        {
            return ReadOutcome.Fail(location, "arXiv API error: " + (summary ?? rawId));
        }

        var ids = new ExternalIdsBuilder().Arxiv(rawId).Doi(Text(entry, ArxivNs + "doi"));
        if (string.IsNullOrEmpty(title))
        {
            return ReadOutcome.Fail(location, $"entry {rawId ?? "(no id)"} has no title");
        }

        var published = Text(entry, Atom + "published");
        var date = published is { Length: >= 10 } ? published[..10] : null;
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = title,
            Abstract = summary,
            Authors = entry.Elements(Atom + "author").Select(a => Text(a, Atom + "name")).DistinctNonEmpty(),
            Published = date,
            Year = TextDecoding.YearOf(date),
            Venue = Text(entry, ArxivNs + "journal_ref"),
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = entry.Elements(Atom + "category").Select(c => (string?)c.Attribute("term")).DistinctNonEmpty(),
            Source = location,
        });
    }

    private static string? Text(XElement parent, XName name) =>
        parent.Element(name)?.Value is { } value && TextDecoding.CollapseWhitespace(value) is { Length: > 0 } text ? text : null;
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>
/// A reader of JSON files that hold one object, a top-level array, or a list response (e.g. OpenAlex <c>results</c>,
/// Semantic Scholar <c>data</c>), streamed element by element. Subclasses map one element to an outcome; a mapping
/// that throws becomes a problem for that element only. Broken JSON ends the file with one problem at its line.
/// </summary>
public abstract class JsonListPaperReader : IPaperReader
{
    private readonly string _contentMarker;
    private readonly HashSet<string> _listProperties;

    /// <param name="contentMarker">Text whose presence in the head means "this format" (e.g. <c>"paperId"</c>).</param>
    /// <param name="listProperties">Properties of a list response whose array elements are the records.</param>
    protected JsonListPaperReader(string contentMarker, params string[] listProperties)
    {
        _contentMarker = contentMarker;
        _listProperties = new HashSet<string>(listProperties, StringComparer.Ordinal);
    }

    public abstract string Format { get; }

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head).TrimStart();
        if ((text.StartsWith('{') || text.StartsWith('[')) && text.Contains(_contentMarker, StringComparison.Ordinal)) return 2;
        return fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in JsonListStreamer.ReadAsync(stream, _listProperties, cancellationToken))
        {
            var location = new SourceLocation(sourceName, Format, item.Line, item.Index);
            if (item.Error is not null)
            {
                yield return ReadOutcome.Fail(location, item.Error);
                yield break;
            }
            yield return SafeMap.Run(() => ToOutcome(item.Element, location), location);
        }
    }

    /// <summary>One element of the file as a record or a problem.</summary>
    protected abstract ReadOutcome ToOutcome(JsonElement element, SourceLocation location);
}

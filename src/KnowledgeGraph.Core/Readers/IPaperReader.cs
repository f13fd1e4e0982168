using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers;

/// <summary>
/// Turns one source format into paper records. Readers stream: they never hold a whole large file in
/// memory, and a bad record becomes a <see cref="ReadOutcome.Fail"/> while the rest of the file goes on.
/// </summary>
public interface IPaperReader
{
    /// <summary>Short format name used in provenance and <c>--format</c> options (e.g. <c>arxiv-atom</c>).</summary>
    string Format { get; }

    /// <summary>
    /// How sure the reader is that it can read this file: 0 = no, 1 = by extension only, 2 = the content
    /// looks like its format. <paramref name="head"/> is the first bytes of the (decompressed) content.
    /// </summary>
    int Detect(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads records from <paramref name="stream"/>; <paramref name="sourceName"/> names the file in locations.</summary>
    IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, CancellationToken cancellationToken);
}

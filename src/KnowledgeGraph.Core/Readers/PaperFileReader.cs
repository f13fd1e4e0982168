using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers;

/// <summary>
/// Opens files and folders of any supported format: decompresses gzip, picks the reader by sniffing the
/// content (then by extension), and turns unreadable files into problems instead of exceptions.
/// </summary>
public sealed class PaperFileReader
{
    private const int SniffBytes = 4096;
    private readonly IReadOnlyList<IPaperReader> _readers;

    public PaperFileReader(IEnumerable<IPaperReader> readers)
    {
        _readers = readers.ToList();
    }

    /// <summary>A file reader with every built-in format.</summary>
    public static PaperFileReader CreateDefault() => new(BuiltInReaders.All());

    public IReadOnlyList<IPaperReader> Readers => _readers;

    /// <summary>
    /// Expands folders (recursively, sorted for a stable order) and keeps files as given. Inside folders, hidden files
    /// and documentation (<c>*.md</c>, <c>README*</c>, <c>LICENSE*</c>, <c>SOURCE*</c>) are passed over: data folders carry
    /// them, and they are not paper records. A file named explicitly is always read.
    /// </summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => !IsDocumentation(Path.GetFileName(f)))
                             .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static bool IsDocumentation(string name) =>
        name.StartsWith('.')
        || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("SOURCE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one file; a missing, unreadable or unrecognised file yields one problem.</summary>
    public async IAsyncEnumerable<ReadOutcome> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Stream? stream = null;
        IPaperReader? reader = null;
        string? failure = null;
        try
        {
            stream = OpenDecompressed(path);
            var head = await ReadHeadAsync(stream, cancellationToken);
            reader = Choose(StripCompressionExtension(path), head);
            if (reader is null)
            {
                failure = "unrecognised format (not a trending-papers page, arXiv Atom, OpenAlex, Semantic Scholar, BibTeX, paper-record JSON Lines, citation node table or edge list file)";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            failure = "cannot open: " + ex.Message;
        }

        if (failure is not null || reader is null || stream is null)
        {
            if (stream is not null) await stream.DisposeAsync();
            yield return ReadOutcome.Fail(new SourceLocation(path, "unknown"), failure ?? "cannot open");
            yield break;
        }

        await using (stream)
        {
            await foreach (var outcome in reader.ReadAsync(stream, path, cancellationToken).WithCancellation(cancellationToken))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>Picks the reader that is most sure; content beats extension.</summary>
    public IPaperReader? Choose(string fileName, ReadOnlySpan<byte> head)
    {
        IPaperReader? best = null;
        var bestScore = 0;
        foreach (var reader in _readers)
        {
            var score = reader.Detect(fileName, head);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }
        return best;
    }

    private static Stream OpenDecompressed(string path)
    {
        var stream = CompressedFile.OpenRead(path);
        // Buffered so the sniffed head can be replayed to the reader.
        return new ReplayableHeadStream(stream, SniffBytes);
    }

    private static async Task<byte[]> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var replay = (ReplayableHeadStream)stream;
        return await replay.PeekHeadAsync(cancellationToken);
    }

    private static string StripCompressionExtension(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
}

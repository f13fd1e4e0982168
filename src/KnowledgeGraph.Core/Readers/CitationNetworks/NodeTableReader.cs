using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.CitationNetworks;

/// <summary>
/// Reads a citation network stored as a folder of row-aligned files, the layout of arxiv-2023
/// (<c>raw/ids.csv.gz</c>, <c>titles.csv.gz</c>, <c>labels.csv.gz</c>, <c>edges.csv.gz</c>): row <c>i</c> (0-based,
/// after a one-line header) of the node files is node <c>i</c>; <c>edges.csv</c> holds <c>source,target</c> row
/// indices, source = citing. The ids file triggers the read and the sibling files are opened next to it; the
/// sibling files themselves are claimed and yield nothing, so ingesting the whole folder reads the network once.
/// </summary>
/// <remarks>
/// <para>One full record per node: the title (white space collapsed, otherwise as given), the label as its only
/// category, and one reference per out-edge carrying the cited node's ids and title, so the store can resolve a
/// reference to whichever paper that node merged into.</para>
/// <para>Ids: a valid arXiv id becomes <see cref="ExternalIds.ArxivId"/>; anything else (arxiv-2023 has 9,474 numeric
/// ids that are not arXiv ids) is kept as <c>Other[dataset]</c>, where the dataset is the folder name (the parent
/// folder's when the files sit in <c>raw/</c>), e.g. <c>arxiv2023:162972</c>.</para>
/// <para>Problems (a malformed edge line, a row index outside the node table, node files of different lengths, a row
/// without a title) are reported with file and line; the rest is read. Self-loops (17 in arxiv-2023) are kept as
/// references: the store drops a self-citation, and <see cref="NodeTableReader"/> does not hide it.</para>
/// <para>Memory: the ids and titles columns (needed to describe cited nodes) and the edges as two int arrays are
/// held; the labels are streamed. For arxiv-2023 that is about 10 MB.</para>
/// </remarks>
public sealed class NodeTableReader : IPaperReader
{
    private const string IdsFile = "ids.csv";
    private const string TitlesFile = "titles.csv";
    private const string LabelsFile = "labels.csv";
    private const string EdgesFile = "edges.csv";

    private static readonly Dictionary<string, string> CompanionHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        [TitlesFile] = "titles",
        [LabelsFile] = "labels",
        [EdgesFile] = "source,target",
    };

    public string Format => "node-table";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName);
        var firstLine = FirstLine(head);
        if (name.Equals(IdsFile, StringComparison.OrdinalIgnoreCase)) return firstLine == "ids" ? 2 : 1;
        if (CompanionHeaders.TryGetValue(name, out var header) && firstLine == header)
        {
            // A companion file is ours only when the ids file that drives the read sits next to it.
            var folder = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".";
            return SiblingFiles.Find(folder, IdsFile) is not null ? 2 : 0;
        }
        return 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stem = SiblingFiles.Stem(sourceName);
        if (!stem.Equals("ids", StringComparison.OrdinalIgnoreCase)) yield break; // a companion file: read with ids.csv

        var folder = SiblingFiles.FolderOf(sourceName);
        var table = await NodeTable.LoadAsync(stream, sourceName, folder, Format, cancellationToken);
        foreach (var problem in table.Problems) yield return ReadOutcome.Fail(problem.Location, problem.Message);
        if (table.Titles is null) yield break;

        var labelsPath = SiblingFiles.Find(folder, LabelsFile);
        using var labels = labelsPath is null ? null : SiblingFiles.OpenText(labelsPath);
        var labelsOk = labels is not null && await TryReadLineAsync(labels, cancellationToken) is (not null, null);

        for (var row = 0; row < table.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? label = null;
            if (labelsOk)
            {
                var (line, error) = await TryReadLineAsync(labels!, cancellationToken);
                if (error is not null)
                {
                    labelsOk = false;
                    yield return ReadOutcome.Fail(new SourceLocation(labelsPath!, Format, row + 2), error);
                }
                else if (line is null)
                {
                    labelsOk = false;
                    yield return ReadOutcome.Fail(new SourceLocation(labelsPath!, Format, row + 2), $"labels end at row {row}; {table.Count} nodes have ids");
                }
                else
                {
                    label = SiblingFiles.SingleField(line).Trim();
                }
            }
            yield return table.Record(row, label);
        }
    }

    private static string FirstLine(ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head);
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim().Trim('"');
    }

    internal static async Task<(string? Line, string? Error)> TryReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadLineAsync(cancellationToken), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            return (null, TextDecoding.EncodingError(ex));
        }
    }

    /// <summary>The ids and titles columns and the edges in compressed-row form, loaded once per read.</summary>
    private sealed class NodeTable
    {
        private readonly List<string> _ids = [];
        private ExternalIds[] _nodeIds = [];
        private int[] _offsets = [0];
        private int[] _targets = [];
        private string _idsPath = string.Empty;
        private string _format = string.Empty;

        public List<ReadProblem> Problems { get; } = [];
        public string[]? Titles { get; private set; }
        public int Count { get; private set; }

        public static async Task<NodeTable> LoadAsync(Stream idsStream, string idsPath, string folder, string format, CancellationToken cancellationToken)
        {
            var table = new NodeTable { _idsPath = idsPath, _format = format };
            var dataset = DatasetName(folder);
            using (var reader = TextDecoding.CreateReader(idsStream))
            {
                if (!await table.ReadColumnAsync(reader, idsPath, "ids", table._ids, cancellationToken)) return table;
            }
            table._nodeIds = table._ids.Select(id => NodeIds(id, dataset)).ToArray();

            var titlesPath = SiblingFiles.Find(folder, TitlesFile);
            if (titlesPath is null)
            {
                table.Fail(idsPath, null, $"no {TitlesFile}(.gz) next to the ids file; a paper needs a title, so nothing is read");
                return table;
            }
            var titles = new List<string>(table._ids.Count);
            using (var reader = SiblingFiles.OpenText(titlesPath))
            {
                if (!await table.ReadColumnAsync(reader, titlesPath, "titles", titles, cancellationToken)) return table;
            }
            table.Count = Math.Min(titles.Count, table._ids.Count);
            if (titles.Count != table._ids.Count)
            {
                table.Fail(titlesPath, null, $"{titles.Count} titles for {table._ids.Count} ids; only the first {table.Count} rows are read");
            }
            table.Titles = titles.ToArray();

            var edgesPath = SiblingFiles.Find(folder, EdgesFile);
            if (edgesPath is null)
            {
                table.Fail(idsPath, null, $"no {EdgesFile}(.gz) next to the ids file; papers are read without references");
            }
            else
            {
                using var reader = SiblingFiles.OpenText(edgesPath);
                await table.ReadEdgesAsync(reader, edgesPath, cancellationToken);
            }
            return table;
        }

        public ReadOutcome Record(int row, string? label)
        {
            var location = new SourceLocation(_idsPath, _format, row + 2, row + 1);
            var title = TextDecoding.CollapseWhitespace(Titles![row]);
            if (title.Length == 0) return ReadOutcome.Fail(location, $"node {row} ({_ids[row]}) has no title");
            var references = new PaperReference[_offsets[row + 1] - _offsets[row]];
            for (var k = 0; k < references.Length; k++)
            {
                var target = _targets[_offsets[row] + k];
                references[k] = new PaperReference { Ids = _nodeIds[target], Title = TextDecoding.CollapseWhitespace(Titles[target]) };
            }
            return ReadOutcome.Ok(new PaperRecord
            {
                Title = title,
                Ids = _nodeIds[row],
                Categories = string.IsNullOrEmpty(label) ? [] : [label],
                References = references,
                Source = location,
            });
        }

        private async Task<bool> ReadColumnAsync(StreamReader reader, string path, string header, List<string> values, CancellationToken cancellationToken)
        {
            var lineNumber = 0L;
            while (true)
            {
                var (line, error) = await TryReadLineAsync(reader, cancellationToken);
                lineNumber++;
                if (error is not null)
                {
                    Fail(path, lineNumber, error);
                    return false;
                }
                if (line is null) break;
                if (lineNumber == 1)
                {
                    if (SiblingFiles.SingleField(line).Trim() != header)
                    {
                        Fail(path, 1, $"expected the header \"{header}\"; found \"{Cut(line)}\"");
                        return false;
                    }
                    continue;
                }
                values.Add(SiblingFiles.SingleField(line).Trim());
            }
            return true;
        }

        private async Task ReadEdgesAsync(StreamReader reader, string path, CancellationToken cancellationToken)
        {
            var sources = new List<int>();
            var targets = new List<int>();
            var lineNumber = 0L;
            while (true)
            {
                var (line, error) = await TryReadLineAsync(reader, cancellationToken);
                lineNumber++;
                if (error is not null)
                {
                    Fail(path, lineNumber, error);
                    break;
                }
                if (line is null) break;
                if (lineNumber == 1 && line.Trim() == "source,target") continue;
                if (line.Length == 0) continue;
                var comma = line.IndexOf(',');
                if (comma < 0 || !int.TryParse(line.AsSpan(0, comma), out var source) || !int.TryParse(line.AsSpan(comma + 1), out var target))
                {
                    Fail(path, lineNumber, $"not a \"source,target\" pair of row indices: \"{Cut(line)}\"");
                    continue;
                }
                if (source < 0 || source >= Count || target < 0 || target >= Count)
                {
                    Fail(path, lineNumber, $"edge {source} → {target} names a row outside the {Count} nodes; edge skipped");
                    continue;
                }
                sources.Add(source);
                targets.Add(target);
            }

            // Compressed rows: the out-edges of node i are _targets[_offsets[i] .. _offsets[i + 1]), in file order.
            _offsets = new int[Count + 1];
            foreach (var s in sources) _offsets[s + 1]++;
            for (var i = 0; i < Count; i++) _offsets[i + 1] += _offsets[i];
            var next = _offsets[..^1];
            _targets = new int[targets.Count];
            for (var e = 0; e < sources.Count; e++) _targets[next[sources[e]]++] = targets[e];
        }

        private void Fail(string path, long? line, string message) => Problems.Add(new ReadProblem(new SourceLocation(path, _format, line), message));

        private static string Cut(string line) => line.Length > 80 ? line[..80] + "…" : line;

        private static ExternalIds NodeIds(string id, string dataset)
        {
            if (id.Length == 0) return ExternalIds.None;
            var arxiv = IdNormalizer.Arxiv(id);
            return arxiv is not null
                ? new ExternalIds { ArxivId = arxiv }
                : new ExternalIds { Other = new Dictionary<string, string>(StringComparer.Ordinal) { [dataset] = id } };
        }

        private static string DatasetName(string folder)
        {
            var name = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
            if (name.Equals("raw", StringComparison.OrdinalIgnoreCase)) name = Path.GetFileName(Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? name);
            name = new string(name.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
            return name.Length == 0 ? "node-table" : name;
        }
    }
}

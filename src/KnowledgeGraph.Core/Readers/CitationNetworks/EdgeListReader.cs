using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.CitationNetworks;

/// <summary>
/// Reads a bare citation edge list: one edge per line, <c>src dst</c> (white space) or <c>src,dst</c> (CSV), an
/// optional header, <c>#</c>/<c>%</c> comments, gzip allowed. Covers SNAP cit-HepTh/HepPh as LightGraphs
/// <c>.jlg</c> (header <c>27770,352807,d,graph,…</c>, 1-based vertices, declared counts checked) and Cora
/// <c>cora.cites</c>.
/// </summary>
/// <remarks>
/// <para>Direction: by default the first column cites the second. A <c>.cites</c> file (Cora: <c>cited citing</c>) and a
/// header that names the cited column first (<c>cited,citing</c>, <c>target,source</c>, <c>dst,src</c>) are read reversed.</para>
/// <para>Records: an edge list has no titles, so it yields partial records (<see cref="PaperRecord.IsPartial"/>) keyed by
/// node id, <c>Other[dataset] = id</c>, with the dataset being the file name without extensions (<c>cora</c>,
/// <c>arxiv-cit-hep-th</c>); the store creates stubs for them. Consecutive lines with the same citing node become one
/// record, so sorted files yield one record per citing node and unsorted files several, which the store merges.</para>
/// <para>A SNAP id map (<c>&lt;name&gt;-ids.csv</c>, columns arXiv number then vertex index) next to the file turns vertex
/// <c>23034</c> of <c>arxiv-cit-hep-th</c> into arXiv id <c>hep-th/0201143</c>; unmapped vertices keep the dataset key.</para>
/// <para>Malformed lines and vertices outside a declared node count are reported with their line and skipped;
/// self-loops are kept (the store drops a self-citation).</para>
/// </remarks>
public sealed class EdgeListReader : IPaperReader
{
    private const int SniffLines = 3;
    private static readonly string[] ReversedFirstColumns = ["cited", "target", "dst", "to", "cited_id", "cited_paper"];

    public string Format => "edge-list";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var lines = TextDecoding.HeadText(head).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !IsComment(l)).ToList();
        if (lines.Count == 0) return 0;
        if (fileName.EndsWith(".jlg", StringComparison.OrdinalIgnoreCase)) return JlgHeader.TryParse(lines[0], out _) ? 2 : 1;
        var data = lines.SkipWhile((l, i) => i == 0 && l.Any(char.IsLetter)).Take(SniffLines + 1).ToList();
        if (data.Count > SniffLines) data.RemoveAt(data.Count - 1); // the last line in the head may be cut off
        var pairs = data.Count > 0 && data.All(l => Split(l) is { } p && long.TryParse(p.Source, out _) && long.TryParse(p.Target, out _));
        if (pairs && data.Count >= Math.Min(SniffLines, lines.Count)) return 2;
        return fileName.EndsWith(".cites", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var dataset = DatasetName(sourceName);
        var reversed = Path.GetFileName(sourceName).Replace(".gz", "", StringComparison.OrdinalIgnoreCase).EndsWith(".cites", StringComparison.OrdinalIgnoreCase);
        var map = SnapIdMap.TryLoadNextTo(sourceName);
        var nodeIds = new Dictionary<string, ExternalIds>(StringComparer.Ordinal);
        ExternalIds Ids(string node)
        {
            if (nodeIds.TryGetValue(node, out var ids)) return ids;
            ids = map?.Lookup(node) ?? new ExternalIds { Other = new Dictionary<string, string>(StringComparer.Ordinal) { [dataset] = node } };
            if (nodeIds.Count < 1_000_000) nodeIds[node] = ids;
            return ids;
        }

        using var reader = TextDecoding.CreateReader(stream);
        JlgHeader? jlg = null;
        long edges = 0;
        long lineNumber = 0;
        string? runSource = null;
        long runLine = 0;
        var run = new List<PaperReference>();
        ReadOutcome Flush()
        {
            var record = new PaperRecord
            {
                Title = string.Empty,
                Ids = Ids(runSource!),
                References = run.ToArray(),
                IsPartial = true,
                Source = new SourceLocation(sourceName, Format, runLine),
            };
            run.Clear();
            return ReadOutcome.Ok(record);
        }

        while (true)
        {
            var (line, error) = await NodeTableReader.TryReadLineAsync(reader, cancellationToken);
            lineNumber++;
            if (error is not null)
            {
                yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, lineNumber), error);
                break;
            }
            if (line is null) break;
            var text = line.Trim();
            if (text.Length == 0 || IsComment(text)) continue;
            var location = new SourceLocation(sourceName, Format, lineNumber);

            if (edges == 0 && jlg is null && runSource is null && text.Any(char.IsLetter))
            {
                if (JlgHeader.TryParse(text, out var header)) jlg = header;
                else if (Split(text) is { } names && ReversedFirstColumns.Contains(names.Source.Trim('"').ToLowerInvariant())) reversed = true;
                continue; // a header line
            }

            if (Split(text) is not { } pair)
            {
                yield return ReadOutcome.Fail(location, $"not an edge \"src dst\" or \"src,dst\": \"{(text.Length > 80 ? text[..80] + "…" : text)}\"");
                continue;
            }
            var (source, target) = reversed ? (pair.Target, pair.Source) : (pair.Source, pair.Target);
            if (jlg is { } g && (!g.Contains(source) || !g.Contains(target)))
            {
                yield return ReadOutcome.Fail(location, $"edge {source} → {target} names a vertex outside 1..{g.Nodes}; edge skipped");
                continue;
            }

            edges++;
            if (runSource is not null && runSource != source) yield return Flush();
            if (run.Count == 0)
            {
                runSource = source;
                runLine = lineNumber;
            }
            run.Add(new PaperReference { Ids = Ids(target) });
        }

        if (run.Count > 0) yield return Flush();
        if (jlg is { } declared && declared.Edges != edges)
        {
            yield return ReadOutcome.Fail(new SourceLocation(sourceName, Format, lineNumber), $"the header declares {declared.Edges} edges; {edges} were read");
        }
    }

    private static bool IsComment(string line) => line[0] is '#' or '%';

    private static (string Source, string Target)? Split(string line)
    {
        var parts = line.Split(line.Contains(',') ? [','] : [' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length is 2 or 3 ? (parts[0], parts[1]) : null;
    }

    private static string DatasetName(string sourceName)
    {
        var stem = SiblingFiles.Stem(sourceName).ToLowerInvariant();
        return stem.Length == 0 ? "edge-list" : stem;
    }

    /// <summary>The first line of a LightGraphs text file: <c>nodes,edges,d|u,name,…</c>.</summary>
    private readonly record struct JlgHeader(long Nodes, long Edges)
    {
        public bool Contains(string vertex) => long.TryParse(vertex, out var v) && v >= 1 && v <= Nodes;

        public static bool TryParse(string line, out JlgHeader header)
        {
            var parts = line.Split(',');
            header = default;
            if (parts.Length < 4 || parts[2] is not ("d" or "u")) return false;
            if (!long.TryParse(parts[0], out var nodes) || !long.TryParse(parts[1], out var edges)) return false;
            header = new JlgHeader(nodes, edges);
            return true;
        }
    }
}

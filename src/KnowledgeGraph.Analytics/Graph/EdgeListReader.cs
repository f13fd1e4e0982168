using KnowledgeGraph.Core.Readers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Analytics.Graph;

/// <summary>
/// Reads a directed edge list: one <c>source target</c> pair per line, separated by spaces, tabs, commas or
/// semicolons; gzip is detected from the magic bytes. Lines that are empty, start with <c>#</c> or <c>%</c>, or
/// hold a non-numeric token (a CSV header such as <c>source,target</c>) are skipped; extra columns are ignored.
/// A <c>.jlg</c> file (LightGraphs text: header <c>nodes,edges,d,…</c>, then 1-based <c>src,dst</c>) is read as
/// 1-based with the header's vertex count.
/// Ids are used as they are when they are dense (largest id below max(4 × edges, 2^20)); otherwise they are
/// renumbered 0.. in order of first appearance (source before target). bench/igraph_compare.py applies the
/// same rules so both sides see the same graph.
/// </summary>
public static class EdgeListReader
{
    public static EdgeList Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"edge list not found: {path}", path);
        var isJlg = path.EndsWith(".jlg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".jlg.gz", StringComparison.OrdinalIgnoreCase);
        using var stream = CompressedFile.OpenRead(path);
        var gz = stream is System.IO.Compression.GZipStream;
        var estimate = (int)Math.Min(Array.MaxLength, Math.Max(16, info.Length * (gz ? 3 : 1) / 10));
        return Read(stream, isJlg, estimate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EdgeList Read(Stream stream, bool oneBasedWithHeader = false, int capacity = 1024)
    {
        var parser = new Parser(capacity, oneBasedWithHeader);
        var buffer = new byte[1 << 20];
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var length = carry + read;
            var lineStart = 0;
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                parser.Line(buffer.AsSpan(lineStart, i - lineStart));
                lineStart = i + 1;
            }
            carry = length - lineStart;
            if (carry == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            Buffer.BlockCopy(buffer, lineStart, buffer, 0, carry);
        }
        if (carry > 0) parser.Line(buffer.AsSpan(0, carry));
        return parser.Finish();
    }

    private sealed class Parser(int capacity, bool oneBasedWithHeader)
    {
        private int[] _sources = new int[capacity];
        private int[] _targets = new int[capacity];
        private int _count;
        private long _maxId = -1;
        private int _headerNodes = -1;
        private bool _seenLine;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Line(ReadOnlySpan<byte> line)
        {
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            var first = !_seenLine;
            _seenLine = true;
            var pos = 0;
            if (!NextNumber(line, ref pos, out var a, out var bad))
            {
                return;
            }
            if (oneBasedWithHeader && first)
            {
                _headerNodes = (int)a;
                return;
            }
            if (bad || !NextNumber(line, ref pos, out var b, out bad) || bad) return;
            if (oneBasedWithHeader)
            {
                a--;
                b--;
            }
            if (a < 0 || b < 0 || a > int.MaxValue - 1 || b > int.MaxValue - 1)
            {
                throw new FormatException($"vertex id out of range in line '{System.Text.Encoding.UTF8.GetString(line)}'");
            }
            if (_count == _sources.Length)
            {
                var size = (int)Math.Min(Array.MaxLength, (long)_sources.Length * 3 / 2 + 16);
                Array.Resize(ref _sources, size);
                Array.Resize(ref _targets, size);
            }
            _sources[_count] = (int)a;
            _targets[_count] = (int)b;
            _count++;
            _maxId = Math.Max(_maxId, Math.Max(a, b));
        }

        /// <summary>Reads the next token; false at the end of the line or on a comment; bad when it is not an integer.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool NextNumber(ReadOnlySpan<byte> line, ref int pos, out long value, out bool bad)
        {
            value = 0;
            bad = false;
            while (pos < line.Length && IsSeparator(line[pos])) pos++;
            if (pos >= line.Length || line[pos] == (byte)'#' || line[pos] == (byte)'%') return false;
            var digits = 0;
            while (pos < line.Length && !IsSeparator(line[pos]))
            {
                var c = line[pos++];
                if (c is >= (byte)'0' and <= (byte)'9' && digits < 18)
                {
                    value = value * 10 + (c - '0');
                    digits++;
                }
                else
                {
                    bad = true;
                }
            }
            return true;
        }

        private static bool IsSeparator(byte c) => c is (byte)' ' or (byte)'\t' or (byte)',' or (byte)';';

        public EdgeList Finish()
        {
            var dense = _maxId < Math.Max(4L * _count, 1L << 20);
            if (oneBasedWithHeader || dense)
            {
                var nodes = (int)Math.Max(_maxId + 1, Math.Max(_headerNodes, 0));
                return new EdgeList(nodes, _sources, _targets, _count);
            }
            var ids = new Dictionary<int, int>();
            for (var i = 0; i < _count; i++)
            {
                _sources[i] = Id(ids, _sources[i]);
                _targets[i] = Id(ids, _targets[i]);
            }
            return new EdgeList(ids.Count, _sources, _targets, _count);
        }

        private static int Id(Dictionary<int, int> ids, int raw)
        {
            if (!ids.TryGetValue(raw, out var id))
            {
                id = ids.Count;
                ids[raw] = id;
            }
            return id;
        }
    }
}

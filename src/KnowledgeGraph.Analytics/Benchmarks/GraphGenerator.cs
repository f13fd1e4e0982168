using System.Buffers.Text;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Benchmarks;

/// <summary>
/// Generates citation-like directed graphs: vertices arrive in order and each cites earlier vertices only
/// (a DAG, like papers citing older papers). Each citation picks its target by preferential attachment with
/// probability <see cref="PreferentialShare"/> (proportional to citations received so far, which yields a
/// power-law in-degree) and uniformly among earlier vertices otherwise. Out-degrees vary uniformly in
/// [0, 2 × remaining mean] so the total edge count lands exactly on the requested number.
/// </summary>
public static class GraphGenerator
{
    public const double PreferentialShare = 0.7;

    public static EdgeList Generate(int nodes, long edges, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 2);
        var maxEdges = (long)nodes * (nodes - 1) / 2;
        if (edges > maxEdges || edges > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(edges), "too many edges for a simple DAG on these vertices");
        var random = new Random(seed);
        var list = new EdgeList(nodes, (int)edges);
        var cited = new int[edges];
        var citedCount = 0;
        var chosen = new HashSet<int>();
        var remaining = edges;
        for (var v = 1; v < nodes && remaining > 0; v++)
        {
            var verticesLeft = nodes - v;
            var mean = (double)remaining / verticesLeft;
            long k = verticesLeft == 1 ? remaining : (long)Math.Round(random.NextDouble() * 2 * mean);
            k = Math.Min(Math.Min(k, v), remaining);
            // The remaining vertices must be able to absorb what is left.
            var capacityAfter = (long)(nodes - 1 + v + 1) * (nodes - 1 - v) / 2;
            if (remaining - k > capacityAfter) k = Math.Min(v, remaining - capacityAfter);
            chosen.Clear();
            while (chosen.Count < k)
            {
                var target = citedCount > 0 && random.NextDouble() < PreferentialShare
                    ? cited[random.Next(citedCount)]
                    : random.Next(v);
                if (!chosen.Add(target)) continue;
                list.Add(v, target);
            }
            foreach (var target in chosen) cited[citedCount++] = target;
            remaining -= k;
        }
        return list;
    }

    /// <summary>Writes <c>source target</c> lines, 0-based.</summary>
    public static void Write(EdgeList edges, Stream stream)
    {
        var buffer = new byte[1 << 16];
        var pos = 0;
        var sources = edges.Sources;
        var targets = edges.Targets;
        for (var i = 0; i < edges.Count; i++)
        {
            if (pos > buffer.Length - 32)
            {
                stream.Write(buffer, 0, pos);
                pos = 0;
            }
            Utf8Formatter.TryFormat(sources[i], buffer.AsSpan(pos), out var written);
            pos += written;
            buffer[pos++] = (byte)' ';
            Utf8Formatter.TryFormat(targets[i], buffer.AsSpan(pos), out written);
            pos += written;
            buffer[pos++] = (byte)'\n';
        }
        stream.Write(buffer, 0, pos);
    }
}

using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>
/// PageRank by power iteration over the in-lists of a <see cref="CsrGraph"/> (pull form: every vertex sums the
/// contributions of the vertices citing it, so no two threads write the same slot). The rank of dangling vertices
/// (no out-edges) is spread uniformly over all vertices, as igraph does, so scores always sum to 1.
/// Each iteration streams the in-lists once (4 bytes per edge) and 36 bytes per vertex; the vertex range is cut
/// into one slice per thread with equal edge + vertex work.
/// </summary>
public static class PageRankAlgorithm
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PageRankResult Compute(CsrGraph graph, PageRankOptions? options = null)
    {
        options ??= new PageRankOptions();
        return options.SinglePrecisionContributions ? Compute<float>(graph, options) : Compute<double>(graph, options);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PageRankResult Compute<T>(CsrGraph graph, PageRankOptions options)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var n = graph.NodeCount;
        if (n == 0) return new PageRankResult([], 0, 0);
        var d = options.Damping;
        var clock = Stopwatch.StartNew();
        // Gauss–Seidel and the segment passes depend on the stored id order; the plain pull kernel runs on the
        // in-degree order (see InDegreeLayout for why and what it measured).
        var layout = options.InDegreeOrder && !options.GaussSeidel && options.SegmentSize == 0 ? InDegreeLayout.Build(graph) : null;
        var inOffsets = layout?.InOffsets ?? graph.InOffsetsArray;
        var inSources = layout?.InSources ?? graph.InSourcesArray;
        var outOffsets = graph.OutOffsetsArray;
        var preparation = clock.Elapsed.TotalSeconds;
        clock.Restart();

        var invOut = new double[n];
        var rank = new double[n];
        var next = new double[n];
        // Contributions (rank / out-degree) are gathered at random by every in-edge, so their size decides how much
        // of them stays in cache; as floats they take half. Sums and ranks stay in double either way.
        var contrib = new T[n];
        var nextContrib = new T[n];
        var start = 1.0 / n;
        var dangling = 0.0;
        for (var v = 0; v < n; v++)
        {
            var deg = layout?.OutDegree[v] ?? outOffsets[v + 1] - outOffsets[v];
            invOut[v] = deg == 0 ? 0 : 1.0 / deg;
            rank[v] = start;
            contrib[v] = T.CreateTruncating(start * invOut[v]);
            if (deg == 0) dangling += start;
        }

        var threads = Math.Clamp(options.Threads, 1, Math.Max(1, n / 1024 + 1));
        var bounds = Slices(inOffsets, n, threads);
        var partialDiff = new double[threads];
        var partialDangling = new double[threads];
        var iterations = 0;
        var residual = double.PositiveInfinity;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var segmentSize = options.SegmentSize;
        var splits = segmentSize > 0 && n > 2 * segmentSize ? SegmentSplits(inOffsets, inSources, n, segmentSize) : null;
        var sums = splits is null ? null : new double[n];

        while (iterations < options.MaxIterations)
        {
            iterations++;
            var baseRank = (1 - d) / n + d * dangling / n;
            var cur = rank;
            var nxt = next;
            var c = contrib;
            var nc = nextContrib;
            if (options.GaussSeidel)
            {
                // Freeze this iteration's contributions for the other threads' slices; each thread updates its own in place.
                Array.Copy(contrib, nextContrib, n);
                var frozen = nextContrib;
                var live = contrib;
                var ranks = rank;
                if (threads == 1)
                {
                    SliceGaussSeidel(0, n, baseRank, d, inOffsets, inSources, live, frozen, ranks, invOut, out partialDiff[0], out partialDangling[0]);
                }
                else
                {
                    Parallel.For(0, threads, parallel, t => SliceGaussSeidel(bounds[t], bounds[t + 1], baseRank, d, inOffsets, inSources,
                        live, frozen, ranks, invOut, out partialDiff[t], out partialDangling[t]));
                }
            }
            else if (splits is not null)
            {
                // Cache-blocked pull: one pass per source segment, so the gathered contributions of that pass fit in cache.
                for (var segment = 0; segment + 1 < splits.Length; segment++)
                {
                    var first = splits[segment];
                    var last = splits[segment + 1];
                    var initialize = segment == 0;
                    Parallel.For(0, threads, parallel, t => Accumulate(bounds[t], bounds[t + 1], first, last, inSources, c, sums!, initialize));
                }
                Parallel.For(0, threads, parallel, t => Finish(bounds[t], bounds[t + 1], baseRank, d, sums!, cur, nxt, nc, invOut,
                    out partialDiff[t], out partialDangling[t]));
            }
            else if (threads == 1)
            {
                Slice(0, n, baseRank, d, inOffsets, inSources, c, cur, nxt, nc, invOut, out partialDiff[0], out partialDangling[0]);
            }
            else
            {
                Parallel.For(0, threads, parallel, t => Slice(bounds[t], bounds[t + 1], baseRank, d, inOffsets, inSources,
                    c, cur, nxt, nc, invOut, out partialDiff[t], out partialDangling[t]));
            }
            residual = 0;
            dangling = 0;
            for (var t = 0; t < threads; t++)
            {
                residual += partialDiff[t];
                dangling += partialDangling[t];
            }
            if (!options.GaussSeidel)
            {
                (rank, next) = (next, rank);
                (contrib, nextContrib) = (nextContrib, contrib);
            }
            if (residual < options.Tolerance) break;
        }

        // Renormalize away floating-point drift so the scores sum to exactly 1 (up to rounding).
        var sum = 0.0;
        for (var v = 0; v < n; v++) sum += rank[v];
        var scores = layout is null ? rank : new double[n];
        for (var v = 0; v < n; v++) scores[layout?.OldOf[v] ?? v] = rank[v] / sum;
        return new PageRankResult(scores, iterations, residual)
        {
            PreparationSeconds = preparation,
            IterationSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// One Gauss–Seidel sweep over a slice, from its highest vertex id down: sources inside the slice are read as
    /// already updated in this sweep (<paramref name="live"/>), sources of other slices as of the sweep's start
    /// (<paramref name="frozen"/>), so the result does not depend on thread timing. Citation graphs whose ids grow
    /// with time (citing after cited) converge in far fewer sweeps this way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SliceGaussSeidel<T>(int from, int to, double baseRank, double d, int[] inOffsets, int[] inSources,
        T[] live, T[] frozen, double[] rank, double[] invOut, out double diff, out double dangling)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ref var src = ref MemoryMarshal.GetArrayDataReference(inSources);
        ref var liveRef = ref MemoryMarshal.GetArrayDataReference(live);
        ref var frozenRef = ref MemoryMarshal.GetArrayDataReference(frozen);
        var width = (uint)(to - from);
        var localDiff = 0.0;
        var localDangling = 0.0;
        for (var v = to - 1; v >= from; v--)
        {
            var end = inOffsets[v + 1];
            double s0 = 0, s1 = 0;
            var k = inOffsets[v];
            for (; k + 1 < end; k += 2)
            {
                var a = Unsafe.Add(ref src, k);
                var b = Unsafe.Add(ref src, k + 1);
                s0 += double.CreateTruncating((uint)(a - from) < width ? Unsafe.Add(ref liveRef, a) : Unsafe.Add(ref frozenRef, a));
                s1 += double.CreateTruncating((uint)(b - from) < width ? Unsafe.Add(ref liveRef, b) : Unsafe.Add(ref frozenRef, b));
            }
            if (k < end)
            {
                var a = Unsafe.Add(ref src, k);
                s0 += double.CreateTruncating((uint)(a - from) < width ? Unsafe.Add(ref liveRef, a) : Unsafe.Add(ref frozenRef, a));
            }
            var r = baseRank + d * (s0 + s1);
            localDiff += Math.Abs(r - rank[v]);
            rank[v] = r;
            var inv = invOut[v];
            Unsafe.Add(ref liveRef, v) = T.CreateTruncating(r * inv);
            if (inv == 0) localDangling += r;
        }
        diff = localDiff;
        dangling = localDangling;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Slice<T>(int from, int to, double baseRank, double d, int[] inOffsets, int[] inSources,
        T[] contrib, double[] rank, double[] next, T[] nextContrib, double[] invOut,
        out double diff, out double dangling)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ref var src = ref MemoryMarshal.GetArrayDataReference(inSources);
        ref var con = ref MemoryMarshal.GetArrayDataReference(contrib);
        var localDiff = 0.0;
        var localDangling = 0.0;
        var k = inOffsets[from];
        for (var v = from; v < to; v++)
        {
            var end = inOffsets[v + 1];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (; k + 3 < end; k += 4)
            {
                s0 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k)));
                s1 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k + 1)));
                s2 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k + 2)));
                s3 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k + 3)));
            }
            for (; k < end; k++) s0 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k)));
            var r = baseRank + d * (s0 + s1 + (s2 + s3));
            next[v] = r;
            var inv = invOut[v];
            nextContrib[v] = T.CreateTruncating(r * inv);
            if (inv == 0) localDangling += r;
            localDiff += Math.Abs(r - rank[v]);
        }
        diff = localDiff;
        dangling = localDangling;
    }

    /// <summary>
    /// splits[s][v] = where, in v's in-list, sources of segment s (ids from s × size) begin; splits[last][v] = end of
    /// the list. In-lists are sorted by source id (<see cref="CsrGraph.FromEdges(EdgeList)"/>), so each segment's
    /// sources are one contiguous run.
    /// </summary>
    internal static int[][] SegmentSplits(int[] inOffsets, int[] inSources, int n, int segmentSize)
    {
        var segments = (n + segmentSize - 1) / segmentSize;
        var splits = new int[segments + 1][];
        for (var s = 0; s <= segments; s++) splits[s] = new int[n];
        for (var v = 0; v < n; v++)
        {
            var k = inOffsets[v];
            var end = inOffsets[v + 1];
            splits[0][v] = k;
            for (var s = 1; s < segments; s++)
            {
                var limit = s * segmentSize;
                while (k < end && inSources[k] < limit) k++;
                splits[s][v] = k;
            }
            splits[segments][v] = end;
        }
        return splits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate<T>(int from, int to, int[] first, int[] last, int[] inSources, T[] contrib, double[] sums, bool initialize)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ref var src = ref MemoryMarshal.GetArrayDataReference(inSources);
        ref var con = ref MemoryMarshal.GetArrayDataReference(contrib);
        for (var v = from; v < to; v++)
        {
            var k = first[v];
            var end = last[v];
            double s0 = 0, s1 = 0;
            for (; k + 1 < end; k += 2)
            {
                s0 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k)));
                s1 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k + 1)));
            }
            if (k < end) s0 += double.CreateTruncating(Unsafe.Add(ref con, Unsafe.Add(ref src, k)));
            sums[v] = initialize ? s0 + s1 : sums[v] + (s0 + s1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Finish<T>(int from, int to, double baseRank, double d, double[] sums, double[] rank, double[] next,
        T[] nextContrib, double[] invOut, out double diff, out double dangling)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var localDiff = 0.0;
        var localDangling = 0.0;
        for (var v = from; v < to; v++)
        {
            var r = baseRank + d * sums[v];
            next[v] = r;
            var inv = invOut[v];
            nextContrib[v] = T.CreateTruncating(r * inv);
            if (inv == 0) localDangling += r;
            localDiff += Math.Abs(r - rank[v]);
        }
        diff = localDiff;
        dangling = localDangling;
    }

    /// <summary>Cuts 0..n into <paramref name="parts"/> ranges with about equal (in-edges + vertices) each.</summary>
    internal static int[] Slices(int[] inOffsets, int n, int parts)
    {
        var bounds = new int[parts + 1];
        bounds[parts] = n;
        long total = (long)inOffsets[n] + n;
        var v = 0;
        for (var p = 1; p < parts; p++)
        {
            var goal = total * p / parts;
            while (v < n && (long)inOffsets[v] + v < goal) v++;
            bounds[p] = v;
        }
        return bounds;
    }
}

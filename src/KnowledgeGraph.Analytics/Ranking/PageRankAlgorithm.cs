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
        // Gauss–Seidel depends on the stored id order; the Jacobi pull kernel runs on the in-degree order (see
        // InDegreeLayout for why and what it measured), with the top of that order summed block-wise once the
        // contributions outgrow L2 (see HotDestinationBlocks).
        // vertices nobody cites have the base rank in every iteration: their edges become a per-target weight (UncitedSources)
        var layout = options.InDegreeOrder && !options.GaussSeidel ? InDegreeLayout.Build(graph, options.EliminateUncitedSources && n >= options.HotBlocksMinimumVertices) : null;
        var uncited = layout?.Uncited;
        var first = uncited?.Count ?? 0;
        var uncitedWeight = uncited?.Weight ?? new double[n];
        var inOffsets = layout?.InOffsets ?? graph.InOffsetsArray;
        var inSources = layout?.InSources ?? graph.InSourcesArray;
        var outOffsets = graph.OutOffsetsArray;
        var hot = layout is not null && options.HotBlocks && n >= options.HotBlocksMinimumVertices
            ? HotDestinationBlocks.Build(layout, options.HotBlockSize, options.HotSegmentSize, options.HotBlockLineReuse)
            : null;
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
        var bounds = Slices(inOffsets, n, threads, first);
        var partialDiff = new double[threads];
        var partialDangling = new double[threads];
        var iterations = 0;
        var residual = double.PositiveInfinity;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var work = hot is null ? null : new PullWorkList(hot, Slices(inOffsets, hot.FirstHot, threads * 8, first));
        var previousBase = start;

        while (iterations < options.MaxIterations)
        {
            iterations++;
            var baseRank = (1 - d) / n + d * dangling / n;
            // Jacobi: the uncited vertices' edges carry their rank of the previous iteration, as every other edge does
            var uncitedRank = previousBase;
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
            else if (work is not null)
            {
                work.Reset();
                Parallel.For(0, threads, parallel, t => RunWorkList(work, baseRank, d, inOffsets, inSources, c, cur, nxt, nc, invOut,
                    uncitedWeight, uncitedRank, out partialDiff[t], out partialDangling[t]));
            }
            else if (threads == 1)
            {
                Slice(first, n, baseRank, d, inOffsets, inSources, c, cur, nxt, nc, invOut, uncitedWeight, uncitedRank, out partialDiff[0], out partialDangling[0]);
            }
            else
            {
                Parallel.For(0, threads, parallel, t => Slice(bounds[t], bounds[t + 1], baseRank, d, inOffsets, inSources,
                    c, cur, nxt, nc, invOut, uncitedWeight, uncitedRank, out partialDiff[t], out partialDangling[t]));
            }
            // every uncited vertex moved from the previous base rank to this one; the dangling ones spread it
            residual = first * Math.Abs(baseRank - previousBase);
            dangling = uncited is null ? 0 : uncited.Dangling * baseRank;
            previousBase = baseRank;
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

        for (var v = 0; v < first; v++) rank[v] = previousBase;
        // Renormalize away floating-point drift so the scores sum to exactly 1 (up to rounding).
        var sum = 0.0;
        for (var v = 0; v < n; v++) sum += rank[v];
        var scores = layout is null ? rank : new double[n];
        for (var v = 0; v < n; v++) scores[layout?.OldOf[v] ?? v] = rank[v] / sum;
        return new PageRankResult(scores, iterations, residual)
        {
            PreparationSeconds = preparation,
            IterationSeconds = clock.Elapsed.TotalSeconds,
            BlockedEdges = hot?.EdgeCount ?? 0,
            UncitedSourceEdges = uncited?.Edges ?? 0,
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
        T[] contrib, double[] rank, double[] next, T[] nextContrib, double[] invOut, double[] uncitedWeight, double uncitedRank,
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
            var r = baseRank + d * (s0 + s1 + (s2 + s3) + uncitedRank * uncitedWeight[v]);
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
    /// One thread's share of an iteration with hot blocks: it takes work items (hot blocks first, hottest first, then
    /// slices of the plain pull) until none are left, so the two threads finish together even when a block costs more
    /// per edge than expected or the machine is busy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunWorkList<T>(PullWorkList work, double baseRank, double d, int[] inOffsets, int[] inSources,
        T[] contrib, double[] rank, double[] next, T[] nextContrib, double[] invOut, double[] uncitedWeight, double uncitedRank, out double diff, out double dangling)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var hot = work.Hot;
        diff = 0;
        dangling = 0;
        while (work.TryTake(out var item))
        {
            double itemDiff, itemDangling;
            if (item < hot.Blocks)
            {
                var block = hot.Blocks - 1 - item;
                var (first, last) = hot.Range(block);
                // The block's sums are accumulated in place in next[], then turned into ranks.
                hot.Sum(block, contrib, next.AsSpan(first, last - first));
                Finish(first, last, baseRank, d, next, rank, next, nextContrib, invOut, uncitedWeight, uncitedRank, out itemDiff, out itemDangling);
            }
            else
            {
                var slice = item - hot.Blocks;
                Slice(work.ColdBounds[slice], work.ColdBounds[slice + 1], baseRank, d, inOffsets, inSources, contrib, rank, next,
                    nextContrib, invOut, uncitedWeight, uncitedRank, out itemDiff, out itemDangling);
            }
            diff += itemDiff;
            dangling += itemDangling;
        }
    }

    /// <summary>The work items of one iteration: the hot blocks, then the slices of the vertices below them.</summary>
    private sealed class PullWorkList(HotDestinationBlocks hot, int[] coldBounds)
    {
        private int _next;

        public HotDestinationBlocks Hot { get; } = hot;

        public int[] ColdBounds { get; } = coldBounds;

        public void Reset() => _next = -1;

        public bool TryTake(out int item)
        {
            item = Interlocked.Increment(ref _next);
            return item < Hot.Blocks + ColdBounds.Length - 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Finish<T>(int from, int to, double baseRank, double d, double[] sums, double[] rank, double[] next,
        T[] nextContrib, double[] invOut, double[] uncitedWeight, double uncitedRank, out double diff, out double dangling)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var localDiff = 0.0;
        var localDangling = 0.0;
        for (var v = from; v < to; v++)
        {
            var r = baseRank + d * (sums[v] + uncitedRank * uncitedWeight[v]);
            next[v] = r;
            var inv = invOut[v];
            nextContrib[v] = T.CreateTruncating(r * inv);
            if (inv == 0) localDangling += r;
            localDiff += Math.Abs(r - rank[v]);
        }
        diff = localDiff;
        dangling = localDangling;
    }

    /// <summary>Cuts from..n into <paramref name="parts"/> ranges with about equal (in-edges + vertices) each.</summary>
    internal static int[] Slices(int[] inOffsets, int n, int parts, int from = 0)
    {
        var bounds = new int[parts + 1];
        bounds[0] = from;
        bounds[parts] = n;
        long total = (long)inOffsets[n] - inOffsets[from] + n - from;
        var v = from;
        for (var p = 1; p < parts; p++)
        {
            var goal = total * p / parts;
            while (v < n && (long)inOffsets[v] - inOffsets[from] + v - from < goal) v++;
            bounds[p] = v;
        }
        return bounds;
    }
}

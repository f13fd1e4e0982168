using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Communities;

/// <summary>
/// Louvain modularity optimisation (Blondel et al. 2008) on the undirected, symmetrised view of a citation graph:
/// move single vertices to the neighbouring community with the best modularity gain until no pass helps,
/// aggregate communities into vertices, repeat. Then a refinement round re-moves single vertices of the original
/// graph starting from the found partition and runs Louvain again on that partition's aggregate, which lifts
/// modularity a little further (the same idea as Leiden's refine/aggregate iterations, without the
/// well-connectedness guarantee).
/// </summary>
public static class LouvainAlgorithm
{
    /// <summary>Aggregation counts neighbours in a first pass only above this many adjacency entries (memory over speed).</summary>
    private const int SinglePassLimit = 1 << 22;

    public static CommunityResult Compute(CsrGraph graph, LouvainOptions? options = null)
        => Compute(WeightedGraph.Symmetrize(graph), options);

    internal static CommunityResult Compute(WeightedGraph graph, LouvainOptions? options = null)
    {
        options ??= new LouvainOptions();
        var random = new Random(options.Seed);
        var n = graph.NodeCount;
        var membership = new int[n];
        for (var v = 0; v < n; v++) membership[v] = v;
        var levels = 0;
        var quality = double.NegativeInfinity;
        var toCurrent = new int[n];
        for (var round = 0; round < options.Rounds; round++)
        {
            // One Leiden-style pass over the levels, starting from the partition so far.
            for (var v = 0; v < n; v++) toCurrent[v] = v;
            var current = graph;
            var part = (int[])membership.Clone();
            var changed = 0L;
            while (true)
            {
                changed += LocalMoving(current, part, options, random);
                Renumber(part);
                var refined = Refine(current, part, random);
                var refinedCount = Renumber(refined);
                if (refinedCount == current.NodeCount) break;
                var aggregate = Aggregate(current, refined, refinedCount);
                levels++;
                var upper = new int[refinedCount];
                for (var v = 0; v < current.NodeCount; v++) upper[refined[v]] = part[v];
                for (var v = 0; v < n; v++) toCurrent[v] = refined[toCurrent[v]];
                current = aggregate;
                part = upper;
            }
            for (var v = 0; v < n; v++) membership[v] = part[toCurrent[v]];
            Renumber(membership);
            // The levels of a big graph leave hundreds of MB of large-object garbage; hand it back before the next round.
            if (graph.Targets.Length > 8_000_000) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var q = Modularity.Compute(graph, membership);
            var gain = q - quality;
            quality = q;
            if (changed == 0 || gain < options.MinGain) break;
        }
        var communities = RenumberBySize(membership);
        return new CommunityResult(membership, communities, Modularity.Compute(graph, membership), levels);
    }

    /// <summary>
    /// Leiden's refinement, greedily: every vertex still alone may join the neighbouring sub-community (inside its
    /// own community) that gains most modularity. Aggregating the refined partition, with each aggregate vertex
    /// starting in its parent community, lets the next level move pieces of communities, not only whole ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Refine(WeightedGraph graph, int[] community, Random random)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var strength = graph.Strength;
        var m2 = graph.TotalStrength;
        var refined = new int[n];
        var total = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            refined[v] = v;
            total[v] = strength[v];
            size[v] = 1;
        }
        if (m2 == 0) return refined;
        var neighborWeight = new double[n];
        var neighbors = new int[n];
        var order = new int[n];
        for (var v = 0; v < n; v++) order[v] = v;
        random.Shuffle(order);
        foreach (var v in order)
        {
            if (refined[v] != v || size[v] != 1) continue;
            var own = community[v];
            var count = 0;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var u = targets[k];
                if (u == v || community[u] != own) continue;
                var c = refined[u];
                if (neighborWeight[c] == 0) neighbors[count++] = c;
                neighborWeight[c] += weights is null ? 1 : weights[k];
            }
            var ratio = strength[v] / m2;
            var best = -1;
            var bestGain = 0.0;
            for (var i = 0; i < count; i++)
            {
                var c = neighbors[i];
                var gain = neighborWeight[c] - total[c] * ratio;
                if (gain > bestGain + 1e-12)
                {
                    bestGain = gain;
                    best = c;
                }
                neighborWeight[c] = 0;
            }
            if (best < 0) continue;
            refined[v] = best;
            total[best] += strength[v];
            total[v] -= strength[v];
            size[best]++;
            size[v]--;
        }
        return refined;
    }

    /// <summary>
    /// Local moving with a work queue (Leiden's fast local move): every vertex is visited once in random order,
    /// and a vertex that moves puts its neighbours outside its new community back in the queue. Returns the number
    /// of moves. At most <see cref="LouvainOptions.MaxPasses"/> × N visits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long LocalMoving(WeightedGraph graph, int[] community, LouvainOptions options, Random random)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var strength = graph.Strength;
        var m2 = graph.TotalStrength;
        if (m2 == 0 || n == 0) return 0;
        var total = new double[n];
        for (var v = 0; v < n; v++) total[community[v]] += strength[v];
        var neighborWeight = new double[n];
        var neighbors = new int[n];
        var queue = new int[n];
        var queued = new bool[n];
        for (var v = 0; v < n; v++) queue[v] = v;
        random.Shuffle(queue);
        Array.Fill(queued, true);
        int head = 0, length = n;
        long moves = 0;
        var budget = (long)options.MaxPasses * n;
        while (length > 0 && budget-- > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            length--;
            queued[v] = false;
            var own = community[v];
            var kv = strength[v];
            var count = 0;
            neighbors[count++] = own;
            neighborWeight[own] = 1e-300;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var u = targets[k];
                if (u == v) continue;
                var c = community[u];
                if (neighborWeight[c] == 0) neighbors[count++] = c;
                neighborWeight[c] += weights is null ? 1 : weights[k];
            }
            total[own] -= kv;
            var ratio = kv / m2;
            var stay = neighborWeight[own] - total[own] * ratio;
            var best = own;
            var bestGain = stay;
            for (var i = 1; i < count; i++)
            {
                var c = neighbors[i];
                var gain = neighborWeight[c] - total[c] * ratio;
                if (gain > bestGain + 1e-12)
                {
                    bestGain = gain;
                    best = c;
                }
            }
            for (var i = 0; i < count; i++) neighborWeight[neighbors[i]] = 0;
            total[best] += kv;
            if (best == own) continue;
            community[v] = best;
            moves++;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var u = targets[k];
                if (queued[u] || community[u] == best) continue;
                queued[u] = true;
                var tail = head + length;
                queue[tail >= n ? tail - n : tail] = u;
                length++;
            }
        }
        return moves;
    }

    /// <summary>Collapses every community into one vertex; internal weight becomes a self-loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WeightedGraph Aggregate(WeightedGraph graph, int[] community, int count)
    {
        var n = graph.NodeCount;
        var memberOffsets = new int[count + 1];
        foreach (var c in community) memberOffsets[c + 1]++;
        for (var c = 0; c < count; c++) memberOffsets[c + 1] += memberOffsets[c];
        var members = new int[n];
        var cursor = memberOffsets.AsSpan(0, count).ToArray();
        for (var v = 0; v < n; v++) members[cursor[community[v]]++] = v;

        // Two passes over the members: count each community's distinct neighbour communities, then fill exact-size
        // arrays, so aggregation never holds more than the result.
        var offsets = new int[count + 1];
        var selfLoops = new double[count];
        var neighborWeight = new double[count];
        var touched = new int[count];
        var weights = graph.Weights;
        // Small graphs: one pass into buffers of the input's size, trimmed at the end.
        var singlePass = graph.Targets.Length <= SinglePassLimit;
        for (var pass = singlePass ? 1 : 0; pass < 2; pass++)
        {
            var capacity = singlePass ? graph.Targets.Length : offsets[count];
            var targets = pass == 0 ? [] : new int[capacity];
            var weightArray = pass == 0 ? [] : new float[capacity];
            for (var c = 0; c < count; c++)
            {
                var touchedCount = 0;
                var self = 0.0;
                for (var m = memberOffsets[c]; m < memberOffsets[c + 1]; m++)
                {
                    var v = members[m];
                    self += graph.SelfLoops[v];
                    for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
                    {
                        var d = community[graph.Targets[k]];
                        var w = weights is null ? 1 : weights[k];
                        if (d == c)
                        {
                            self += w / 2;
                            continue;
                        }
                        if (neighborWeight[d] == 0) touched[touchedCount++] = d;
                        neighborWeight[d] += w;
                    }
                }
                if (pass == 0)
                {
                    offsets[c + 1] = offsets[c] + touchedCount;
                    for (var i = 0; i < touchedCount; i++) neighborWeight[touched[i]] = 0;
                    continue;
                }
                selfLoops[c] = self;
                var slot = offsets[c];
                for (var i = 0; i < touchedCount; i++)
                {
                    var d = touched[i];
                    targets[slot] = d;
                    weightArray[slot++] = (float)neighborWeight[d];
                    neighborWeight[d] = 0;
                }
                if (singlePass) offsets[c + 1] = slot;
            }
            if (singlePass) return new WeightedGraph(count, offsets, targets.AsSpan(0, offsets[count]).ToArray(), weightArray.AsSpan(0, offsets[count]).ToArray(), selfLoops);
            if (pass == 1) return new WeightedGraph(count, offsets, targets, weightArray, selfLoops);
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Renumbers community ids to 0..K-1 in order of first appearance; returns K.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Renumber(int[] community)
    {
        var map = new int[community.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var v = 0; v < community.Length; v++)
        {
            ref var id = ref map[community[v]];
            if (id < 0) id = next++;
            community[v] = id;
        }
        return next;
    }

    private static int RenumberBySize(int[] membership)
    {
        var count = Renumber(membership);
        var sizes = new int[count];
        foreach (var c in membership) sizes[c]++;
        var order = Enumerable.Range(0, count).OrderByDescending(c => sizes[c]).ThenBy(c => c).ToArray();
        var rank = new int[count];
        for (var i = 0; i < count; i++) rank[order[i]] = i;
        for (var v = 0; v < membership.Length; v++) membership[v] = rank[membership[v]];
        return count;
    }
}

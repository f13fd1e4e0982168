using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Analytics.Graph;

/// <summary>
/// An immutable directed graph in compressed sparse row form, with both out-lists and in-lists:
/// the neighbours of <c>v</c> are <c>targets[offsets[v]..offsets[v+1]]</c>. Vertex ids are dense ints.
/// Iterative kernels (PageRank, components, BFS) run over these arrays; 1M vertices and 15M edges take
/// about 128 MB (two int arrays of length E, two of length N+1).
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _outOffsets;
    private readonly int[] _outTargets;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;

    private CsrGraph(int nodeCount, int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources)
    {
        NodeCount = nodeCount;
        _outOffsets = outOffsets;
        _outTargets = outTargets;
        _inOffsets = inOffsets;
        _inSources = inSources;
    }

    public int NodeCount { get; }

    public int EdgeCount => _outTargets.Length;

    public ReadOnlySpan<int> OutOffsets => _outOffsets;

    public ReadOnlySpan<int> OutTargets => _outTargets;

    public ReadOnlySpan<int> InOffsets => _inOffsets;

    public ReadOnlySpan<int> InSources => _inSources;

    internal int[] InOffsetsArray => _inOffsets;

    internal int[] InSourcesArray => _inSources;

    internal int[] OutOffsetsArray => _outOffsets;

    internal int[] OutTargetsArray => _outTargets;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> OutNeighbors(int v) => _outTargets.AsSpan(_outOffsets[v], _outOffsets[v + 1] - _outOffsets[v]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InNeighbors(int v) => _inSources.AsSpan(_inOffsets[v], _inOffsets[v + 1] - _inOffsets[v]);

    public int OutDegree(int v) => _outOffsets[v + 1] - _outOffsets[v];

    public int InDegree(int v) => _inOffsets[v + 1] - _inOffsets[v];

    public bool HasEdge(int source, int target) => OutNeighbors(source).Contains(target);

    /// <summary>Builds the graph with two counting sorts (O(N + E)); neighbour lists keep input order.</summary>
    public static CsrGraph FromEdges(EdgeList edges) => FromEdges(edges.NodeCount, edges.Sources, edges.Targets);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CsrGraph FromEdges(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        if (sources.Length != targets.Length) throw new ArgumentException("sources and targets differ in length");
        var outOffsets = new int[nodeCount + 1];
        var inOffsets = new int[nodeCount + 1];
        for (var i = 0; i < sources.Length; i++)
        {
            outOffsets[sources[i] + 1]++;
            inOffsets[targets[i] + 1]++;
        }
        for (var v = 0; v < nodeCount; v++)
        {
            outOffsets[v + 1] += outOffsets[v];
            inOffsets[v + 1] += inOffsets[v];
        }
        var outTargets = new int[sources.Length];
        var inSources = new int[sources.Length];
        var outCursor = outOffsets.AsSpan(0, nodeCount).ToArray();
        for (var i = 0; i < sources.Length; i++) outTargets[outCursor[sources[i]]++] = targets[i];
        var inCursor = outCursor;
        inOffsets.AsSpan(0, nodeCount).CopyTo(inCursor);
        // Filling in-lists in source order keeps every in-list sorted by source id, which helps cache locality.
        for (var u = 0; u < nodeCount; u++)
        {
            for (var k = outOffsets[u]; k < outOffsets[u + 1]; k++) inSources[inCursor[outTargets[k]]++] = u;
        }
        return new CsrGraph(nodeCount, outOffsets, outTargets, inOffsets, inSources);
    }

    /// <summary>Approximate bytes held by the arrays.</summary>
    public long SizeInBytes => 4L * (_outOffsets.Length + _outTargets.Length + _inOffsets.Length + _inSources.Length);

    internal static ref int At(int[] array, int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index);
}

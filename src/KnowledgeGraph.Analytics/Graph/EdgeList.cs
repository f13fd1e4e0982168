namespace KnowledgeGraph.Analytics.Graph;

/// <summary>
/// A directed edge list over dense vertex ids <c>0..NodeCount-1</c>, stored as two parallel int arrays so
/// millions of edges cost 8 bytes each. The arrays may be longer than <see cref="Count"/>.
/// </summary>
public sealed class EdgeList
{
    private int[] _sources;
    private int[] _targets;

    public EdgeList(int nodeCount, int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        NodeCount = nodeCount;
        _sources = new int[Math.Max(capacity, 4)];
        _targets = new int[Math.Max(capacity, 4)];
    }

    internal EdgeList(int nodeCount, int[] sources, int[] targets, int count)
    {
        NodeCount = nodeCount;
        _sources = sources;
        _targets = targets;
        Count = count;
    }

    /// <summary>Number of vertices; every id in the list is below it.</summary>
    public int NodeCount { get; private set; }

    /// <summary>Number of edges.</summary>
    public int Count { get; private set; }

    public ReadOnlySpan<int> Sources => _sources.AsSpan(0, Count);

    public ReadOnlySpan<int> Targets => _targets.AsSpan(0, Count);

    /// <summary>Appends the edge <paramref name="source"/> → <paramref name="target"/>, growing the vertex range if needed.</summary>
    public void Add(int source, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        if (Count == _sources.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, (long)_sources.Length * 3 / 2 + 16);
            Array.Resize(ref _sources, size);
            Array.Resize(ref _targets, size);
        }
        _sources[Count] = source;
        _targets[Count] = target;
        Count++;
        var top = Math.Max(source, target) + 1;
        if (top > NodeCount) NodeCount = top;
    }

    /// <summary>Raises the vertex count (isolated vertices at the end of the range).</summary>
    public void EnsureNodeCount(int nodeCount)
    {
        if (nodeCount > NodeCount) NodeCount = nodeCount;
    }

    /// <summary>Builds an edge list from pairs; handy for tests and small inputs.</summary>
    public static EdgeList FromPairs(int nodeCount, params (int Source, int Target)[] edges)
    {
        var list = new EdgeList(nodeCount, edges.Length);
        foreach (var (s, t) in edges) list.Add(s, t);
        return list;
    }
}

namespace KnowledgeGraph.Analytics.Similarity;

/// <summary>
/// A sparse score vector over 0..N-1 backed by a dense array plus the list of touched slots, so one query costs
/// only what it touches and the accumulator is reused (call <see cref="Clear"/>). Not thread-safe.
/// </summary>
public sealed class ScoreAccumulator
{
    private readonly double[] _values;
    private readonly bool[] _touched;
    private readonly List<int> _keys = [];

    public ScoreAccumulator(int size)
    {
        _values = new double[size];
        _touched = new bool[size];
    }

    public int Size => _values.Length;

    public IReadOnlyList<int> Keys => _keys;

    public double this[int index] => _values[index];

    /// <summary>The dense values (read/write for hot loops that call <see cref="Touch"/> first).</summary>
    internal double[] Values => _values;

    /// <summary>Marks a slot as used without changing it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Touch(int index)
    {
        if (_touched[index]) return;
        _touched[index] = true;
        _keys.Add(index);
    }

    public void Add(int index, double value)
    {
        if (!_touched[index])
        {
            _touched[index] = true;
            _keys.Add(index);
        }
        _values[index] += value;
    }

    public double Max()
    {
        var max = 0.0;
        foreach (var k in _keys) max = Math.Max(max, _values[k]);
        return max;
    }

    /// <summary>The <paramref name="count"/> highest-scoring keys (positive scores only), best first.</summary>
    public List<int> Top(int count, Func<int, bool>? include = null)
    {
        var result = new List<int>(Math.Min(count, _keys.Count));
        if (count <= 0) return result;
        var heap = new PriorityQueue<int, (double, int)>(count + 1);
        foreach (var k in _keys)
        {
            var v = _values[k];
            if (v <= 0) continue;
            // Min-heap on (score, -id): the worst of the kept items leaves first; ties keep lower ids. Once the heap is
            // full, most keys score below its worst and are skipped before the (costlier) include test and heap work.
            if (heap.Count == count)
            {
                heap.TryPeek(out _, out var worst);
                if ((v, -k).CompareTo(worst) <= 0) continue;
                if (include is not null && !include(k)) continue;
                heap.EnqueueDequeue(k, (v, -k));
                continue;
            }
            if (include is not null && !include(k)) continue;
            heap.Enqueue(k, (v, -k));
        }
        while (heap.Count > 0) result.Add(heap.Dequeue());
        result.Reverse();
        return result;
    }

    public void Clear()
    {
        foreach (var k in _keys)
        {
            _values[k] = 0;
            _touched[k] = false;
        }
        _keys.Clear();
    }
}

using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// A per-request batch loader (GraphQL.DataLoader is not served here): fields ask for keys and get an
/// <see cref="IDataLoaderResult{T}"/>; GraphQL.NET resolves every field of a level before it awaits those results,
/// so the first await fetches all keys asked for so far in one call. Loaded values are cached for the request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Dictionary<TKey, TValue> _loaded;
    private readonly HashSet<TKey> _pending;
    private readonly Lock _gate = new();
    private Task? _wave;

    /// <summary>A loader whose <paramref name="fetch"/> loads many keys in one call; keys absent from its answer get <paramref name="missing"/>.</summary>
    public BatchLoader(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing,
        IEqualityComparer<TKey>? comparer = null)
    {
        _fetch = fetch;
        _missing = missing;
        _loaded = new Dictionary<TKey, TValue>(comparer);
        _pending = new HashSet<TKey>(comparer);
    }

    /// <summary>Queues <paramref name="key"/> for the next fetch and returns its deferred value.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
        }
        return new Deferred<TValue>(ct => GetAsync(key, ct));
    }

    /// <summary>Like <see cref="Load(TKey)"/>, with the value mapped (a field that shows part of what was loaded).</summary>
    public IDataLoaderResult<TResult> Load<TResult>(TKey key, Func<TValue, TResult> map)
    {
        var inner = Load(key);
        return new Deferred<TResult>(async ct => map(await inner.GetResultAsync(ct)));
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wave;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                _pending.Add(key);
                if (_wave is null)
                {
                    _wave = FetchAsync([.. _pending], cancellationToken);
                    _pending.Clear();
                }
                wave = _wave;
            }
            // A key queued while another wave was in flight is fetched by the next wave (the loop comes back for it).
            await wave;
        }
    }

    private async Task FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield(); // leave the lock before the store call starts
            var values = await _fetch(keys, cancellationToken);
            lock (_gate)
            {
                foreach (var key in keys) _loaded[key] = values.TryGetValue(key, out var value) ? value : _missing;
            }
        }
        finally
        {
            lock (_gate) _wave = null;
        }
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
    {
        private Task<T>? _result;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _result ??= get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

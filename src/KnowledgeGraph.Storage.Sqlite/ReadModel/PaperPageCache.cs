using System.Collections.Concurrent;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Paper pages by query, valid for one database version. A page is stored under the version read before its query
/// ran, so it never answers for a version older than the data it holds; a new version starts an empty cache.
/// </summary>
internal sealed class PaperPageCache(int capacity)
{
    private readonly Lock _gate = new();
    private Generation _current = new(long.MinValue);

    public bool TryGet(PaperQuery query, long version, out PaperPage? page)
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Version == version && generation.Pages.TryGetValue(query, out page)) return true;
        page = null;
        return false;
    }

    public void Add(PaperQuery query, long version, PaperPage page)
    {
        lock (_gate)
        {
            // Full: start over rather than track recency; the pages asked for often come straight back.
            if (_current.Version != version || _current.Pages.Count >= capacity) Volatile.Write(ref _current, new Generation(version));
            _current.Pages[query] = page;
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<PaperQuery, PaperPage> Pages { get; } = new();
    }
}

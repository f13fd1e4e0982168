using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Turns the reference lists of a batch into CITES edges: each reference resolves by its id keys, else by its title
/// (or raw text); an unknown one becomes a stub paper with its keys registered. Self-citations are dropped.
/// References are queued while the batch's papers are written and resolved together at the end, set-based: one
/// lookup of all unknown keys, one of all titles, one insert each of the stubs, their keys and the edges. That is
/// several times faster than a bind-step-reset per reference, and a reference to a paper later in the same batch
/// finds the paper itself instead of a stub that the paper then fills.
/// </summary>
internal sealed class ReferenceWriter(WriterStatements statements, KeyFilter filter)
{
    private const int MaxTitleCandidates = 16;

    private readonly WriterStatements _statements = statements;
    private readonly KeyFilter _filter = filter;
    private readonly List<(string PaperId, PaperReference Reference)> _pending = [];

    public int StubsCreated { get; private set; }
    public int CitationsAdded { get; private set; }

    /// <summary>Starts a batch.</summary>
    public void Reset()
    {
        _pending.Clear();
        StubsCreated = 0;
        CitationsAdded = 0;
    }

    /// <summary>Queues the references of one paper; <see cref="Flush"/> writes them.</summary>
    public void Add(string paperId, IReadOnlyList<PaperReference> references)
    {
        foreach (var reference in references)
        {
            if (reference is not null) _pending.Add((paperId, reference));
        }
    }

    /// <summary>Resolves and writes every queued reference; the citing papers that gained an edge go into <paramref name="citing"/> when given.</summary>
    public void Flush(ISet<string>? citing)
    {
        if (_pending.Count == 0) return;

        LookUpUnknownKeys();
        var targets = new string?[_pending.Count];
        var titles = new (string? Title, string? TitleKey)[_pending.Count];
        var titleLookups = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _pending.Count; i++)
        {
            var ids = _pending[i].Reference.Ids ?? ExternalIds.None;
            targets[i] = KnownOwner(ids);
            if (targets[i] is not null) continue;
            var title = Clean(_pending[i].Reference.Title) ?? (ids.IsEmpty ? Clean(_pending[i].Reference.RawText) : null);
            var titleKey = title is null ? null : PaperIdentity.TitleKey(title);
            titles[i] = (title, titleKey);
            if (titleKey is not null && _filter.MayHaveTitle(titleKey)) titleLookups.Add(titleKey);
        }

        var stored = StoredTitles(titleLookups);
        var stubs = new StubQueue();
        for (var i = 0; i < _pending.Count; i++)
        {
            if (targets[i] is not null) continue;
            var reference = _pending[i].Reference;
            var ids = reference.Ids ?? ExternalIds.None;
            targets[i] = stubs.OwnerOf(ids) ?? ResolveByTitle(ids, titles[i].TitleKey, stored, stubs) ?? NewStub(reference, ids, titles[i], stubs);
        }
        WriteStubs(stubs);

        var edges = new List<(string Src, string Dst)>(_pending.Count);
        for (var i = 0; i < _pending.Count; i++)
        {
            var target = targets[i];
            if (target is not null && target != _pending[i].PaperId) edges.Add((_pending[i].PaperId, target));
        }
        _pending.Clear();
        if (edges.Count == 0) return;
        // Key order, so the rows land in the edge B-tree's order; a duplicate is ignored by the insert.
        edges.Sort(static (a, b) =>
        {
            var bySrc = string.CompareOrdinal(a.Src, b.Src);
            return bySrc != 0 ? bySrc : string.CompareOrdinal(a.Dst, b.Dst);
        });
        using var rows = new JsonRows();
        foreach (var (src, dst) in edges) rows.Row(src, dst);
        CitationsAdded += _statements.AddCitations(rows, citing);
    }

    /// <summary>One query for every key the writer may have stored but has not cached the owner of.</summary>
    private void LookUpUnknownKeys()
    {
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, reference) in _pending)
        {
            foreach (var key in (reference.Ids ?? ExternalIds.None).Keys())
            {
                if (!_filter.TryGetOwner(key, out _) && _filter.MayHaveKey(key)) unknown.Add(key);
            }
        }
        if (unknown.Count == 0) return;
        using var keys = JsonRows.Strings(unknown);
        foreach (var (key, owner) in _statements.FindOwners(keys)) _filter.RememberOwner(key, owner);
    }

    /// <summary>The owner of the strongest of the ids that has one.</summary>
    private string? KnownOwner(ExternalIds ids)
    {
        foreach (var key in ids.Keys())
        {
            if (_filter.TryGetOwner(key, out var owner)) return owner;
        }
        return null;
    }

    private Dictionary<string, List<(string Id, ExternalIds Ids)>> StoredTitles(HashSet<string> titleKeys)
    {
        var byTitle = new Dictionary<string, List<(string, ExternalIds)>>(StringComparer.Ordinal);
        if (titleKeys.Count == 0) return byTitle;
        using var lookups = JsonRows.Strings(titleKeys);
        foreach (var (titleKey, id, idsJson) in _statements.FindByTitleKeys(lookups))
        {
            if (!byTitle.TryGetValue(titleKey, out var list)) byTitle[titleKey] = list = [];
            if (list.Count < MaxTitleCandidates) list.Add((id, ExternalIdsCodec.FromJson(idsJson)));
        }
        return byTitle;
    }

    /// <summary>
    /// The single paper — stored, or a stub queued in this flush — with this normalized title whose ids do not
    /// contradict the reference's; several or none resolve nothing (an ambiguous title is never merged).
    /// </summary>
    private static string? ResolveByTitle(
        ExternalIds ids, string? titleKey, Dictionary<string, List<(string Id, ExternalIds Ids)>> stored, StubQueue stubs)
    {
        if (titleKey is null) return null;
        string? only = null;
        var count = 0;
        if (stored.TryGetValue(titleKey, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (!ids.IsEmpty && ExternalIdKeys.Conflict(candidate.Ids, ids)) continue;
                only = candidate.Id;
                count++;
            }
        }
        foreach (var stub in stubs.WithTitle(titleKey))
        {
            if (!ids.IsEmpty && ExternalIdKeys.Conflict(stub.Ids, ids)) continue;
            only = stub.Id;
            count++;
        }
        return count == 1 ? only : null;
    }

    private static string? NewStub(PaperReference reference, ExternalIds ids, (string? Title, string? TitleKey) title, StubQueue stubs)
    {
        var stubTitle = title.Title ?? Clean(reference.RawText) ?? ids.Keys().FirstOrDefault();
        if (stubTitle is null) return null;
        var titleKey = title.TitleKey ?? PaperIdentity.TitleKey(stubTitle);
        return stubs.Add(PaperIdentity.ChooseId(ids, stubTitle), stubTitle, titleKey, reference.Year, ids);
    }

    private void WriteStubs(StubQueue stubs)
    {
        if (stubs.Count == 0) return;
        using var rows = new JsonRows();
        foreach (var stub in stubs.All)
        {
            rows.Row(stub.Id, stub.Title, stub.TitleKey, stub.Year, ExternalIdsCodec.ToJson(stub.Ids));
            _filter.AddTitle(stub.TitleKey);
        }
        StubsCreated += _statements.InsertStubs(rows);

        using var keys = new JsonRows();
        foreach (var (key, stubId) in stubs.Keys) keys.Row(key, stubId);
        if (keys.Count == 0) return;
        foreach (var (key, owner) in _statements.AddKeys(keys))
        {
            _filter.AddKey(key);
            _filter.RememberOwner(key, owner);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record Stub(string Id, string Title, string TitleKey, int? Year, ExternalIds Ids);

    /// <summary>The stubs one flush creates, found again by key and by title by the references after them.</summary>
    private sealed class StubQueue
    {
        private readonly Dictionary<string, Stub> _byId = new(StringComparer.Ordinal);
        private readonly List<Stub> _all = [];
        private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
        private readonly List<(string Key, string StubId)> _keys = [];
        private readonly Dictionary<string, List<Stub>> _byTitle = new(StringComparer.Ordinal);

        public int Count => _all.Count;
        public IReadOnlyList<Stub> All => _all;
        public IReadOnlyList<(string Key, string StubId)> Keys => _keys;

        public string? OwnerOf(ExternalIds ids)
        {
            foreach (var key in ids.Keys())
            {
                if (_owners.TryGetValue(key, out var owner)) return owner;
            }
            return null;
        }

        public IReadOnlyList<Stub> WithTitle(string titleKey) => _byTitle.TryGetValue(titleKey, out var stubs) ? stubs : [];

        public string Add(string id, string title, string titleKey, int? year, ExternalIds ids)
        {
            if (!_byId.ContainsKey(id))
            {
                var stub = new Stub(id, title, titleKey, year, ids);
                _byId[id] = stub;
                _all.Add(stub);
                if (!_byTitle.TryGetValue(titleKey, out var sameTitle)) _byTitle[titleKey] = sameTitle = [];
                sameTitle.Add(stub);
            }
            foreach (var key in ids.Keys())
            {
                if (_owners.TryAdd(key, id)) _keys.Add((key, id));
            }
            return id;
        }
    }
}

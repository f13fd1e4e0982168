using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// An in-memory membership filter over every paper key (<c>paper_ids.key</c>) and normalized title key
/// (<c>papers.title_key</c>) in the database, held by the writer. It stores 32-bit hashes only (about 20 bytes
/// per key), so a hit is a "maybe" the writer confirms with one indexed SELECT, and a miss is a certain "no" that
/// costs no query at all — the common case when new papers arrive. It is loaded on the first batch, reloaded when
/// another connection has committed (<c>PRAGMA data_version</c>), and dropped when a batch rolls back. Past
/// <see cref="MaxEntries"/> it stops answering "no" and every lookup goes to the database. It also caches the owner
/// of keys the writer has resolved or written, so a paper cited again costs no query.
/// </summary>
internal sealed class KeyFilter
{
    public const int MaxEntries = 20_000_000;
    public const int MaxCachedOwners = 1_000_000;

    private readonly HashSet<int> _keys = [];
    private readonly HashSet<int> _titles = [];
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private long _dataVersion = -1;
    private bool _loaded;
    private bool _complete;

    /// <summary>Makes the filter current; call inside the write transaction, so nobody else can commit meanwhile.</summary>
    public void Refresh(SqliteConnection connection, SqliteTransaction transaction)
    {
        var version = DataVersion(connection, transaction);
        if (_loaded && version == _dataVersion) return;
        _keys.Clear();
        _titles.Clear();
        _owners.Clear();
        _complete = Load(connection, transaction, "SELECT key FROM paper_ids", _keys)
            && Load(connection, transaction, "SELECT title_key FROM papers", _titles);
        if (!_complete)
        {
            _keys.Clear();
            _titles.Clear();
        }
        _dataVersion = version;
        _loaded = true;
    }

    /// <summary>Forget everything (after a rollback); the next <see cref="Refresh"/> reloads.</summary>
    public void Invalidate()
    {
        _loaded = false;
        _complete = false;
        _keys.Clear();
        _titles.Clear();
        _owners.Clear();
    }

    /// <summary>The paper that owns <paramref name="key"/>, when this writer has seen it (an exact cache; owners never change).</summary>
    public bool TryGetOwner(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? paperId) => _owners.TryGetValue(key, out paperId);

    public void RememberOwner(string key, string paperId)
    {
        if (_owners.Count >= MaxCachedOwners) _owners.Clear();
        _owners.TryAdd(key, paperId);
    }

    public bool MayHaveKey(string key) => !_complete || _keys.Contains(Hash(key));

    public bool MayHaveTitle(string titleKey) => !_complete || _titles.Contains(Hash(titleKey));

    public void AddKey(string key)
    {
        if (_complete && !Add(_keys, key)) Invalidate();
    }

    public void AddTitle(string titleKey)
    {
        if (_complete && !Add(_titles, titleKey)) Invalidate();
    }

    private static bool Add(HashSet<int> set, string value)
    {
        if (set.Count >= MaxEntries) return false;
        set.Add(Hash(value));
        return true;
    }

    private static bool Load(SqliteConnection connection, SqliteTransaction transaction, string sql, HashSet<int> set)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (set.Count >= MaxEntries) return false;
            set.Add(Hash(reader.GetString(0)));
        }
        return true;
    }

    private static long DataVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA data_version";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Hash(string value) => StringComparer.Ordinal.GetHashCode(value);
}

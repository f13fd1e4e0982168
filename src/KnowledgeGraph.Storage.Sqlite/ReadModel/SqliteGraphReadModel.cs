using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// <see cref="IGraphReadModel"/> over the SQLite store's file. Every call runs a fixed number of parameterized
/// statements on its own pooled connection (WAL: readers see the last committed batch and never wait for the writer);
/// id lists travel as one JSON array parameter (<c>json_each</c>), so a batch of any size is one statement.
/// Paper pages are cached per database version (<see cref="SqliteReadModelOptions.PaperPageCacheEntries"/>).
/// </summary>
public sealed partial class SqliteGraphReadModel : IGraphReadModel, IDisposable
{
    private const string SummaryColumns = PaperQueries.Columns + ", p.pagerank, p.citation_count, p.community";
    private static readonly string ExtractedTypesJson = JsonSerializer.Serialize(PaperLinks.ExtractedTypes.Select(t => t.ToGraphName()));
    private readonly SqliteGraphStore _store;
    private readonly string _connectionString;
    private readonly PaperPageCache? _pageCache;
    private readonly DataVersionProbe? _dataVersion;
    private volatile bool _ready;

    /// <summary>Reads the file <paramref name="store"/> writes; the store creates or migrates the schema on first use.</summary>
    public SqliteGraphReadModel(SqliteGraphStore store)
        : this(store, new SqliteReadModelOptions())
    {
    }

    /// <summary>Like <see cref="SqliteGraphReadModel(SqliteGraphStore)"/>, with the cache sized by <paramref name="options"/>.</summary>
    public SqliteGraphReadModel(SqliteGraphStore store, SqliteReadModelOptions options)
    {
        _store = store;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = store.DatabasePath, Pooling = true }.ToString();
        if (options.PaperPageCacheEntries > 0)
        {
            _pageCache = new PaperPageCache(options.PaperPageCacheEntries);
            _dataVersion = new DataVersionProbe(store.DatabasePath);
        }
    }

    /// <summary>Closes the connection that watches for commits.</summary>
    public void Dispose() => _dataVersion?.Dispose();

    public Task<string?> ResolvePaperIdAsync(string idOrKey, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => PaperQueries.ResolveId(connection, idOrKey), cancellationToken);

    public Task<IReadOnlyDictionary<string, PaperSummary>> GetPapersByIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, PaperSummary>>(connection =>
        {
            var papers = new Dictionary<string, PaperSummary>(paperIds.Count, StringComparer.Ordinal);
            if (paperIds.Count == 0) return papers;
            using var command = Command(connection, $"SELECT {SummaryColumns} FROM papers p WHERE p.id IN (SELECT value FROM json_each($ids))", ("$ids", Json(paperIds)));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var paper = ReadSummary(reader, 0);
                papers[paper.Id] = paper;
            }
            return papers;
        }, cancellationToken);

    public Task<IReadOnlyList<CommunitySummary>> GetCommunitiesAsync(int first, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CommunitySummary>>(connection =>
        {
            using var command = Command(connection, "SELECT id, size, label FROM communities ORDER BY size DESC, id LIMIT $n", ("$n", first));
            using var reader = command.ExecuteReader();
            var communities = new List<CommunitySummary>();
            while (reader.Read()) communities.Add(new CommunitySummary(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
            return communities;
        }, cancellationToken);

    public Task<IReadOnlyList<PaperSummary>> GetTopPapersAsync(PaperRanking by, int first, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<PaperSummary>>(connection =>
        {
            // Both orders walk a partial index over real papers (003 and 005), so this never sorts the whole table.
            var order = by == PaperRanking.Citations ? "p.citation_count DESC" : "p.pagerank DESC";
            using var command = Command(connection, $"SELECT {SummaryColumns} FROM papers p WHERE p.is_stub = 0 ORDER BY {order}, p.pk LIMIT $n", ("$n", first));
            return ReadSummaries(command, 0);
        }, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => ReadAsync(PaperQueries.Stats, cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> query, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return query(connection);
    }

    private async ValueTask EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await _store.InitializeAsync(cancellationToken);
            _ready = true;
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    private static List<PaperSummary> ReadSummaries(SqliteCommand command, int start)
    {
        using var reader = command.ExecuteReader();
        var papers = new List<PaperSummary>();
        while (reader.Read()) papers.Add(ReadSummary(reader, start));
        return papers;
    }

    /// <summary>Reads <see cref="SummaryColumns"/> starting at column <paramref name="start"/>.</summary>
    private static PaperSummary ReadSummary(SqliteDataReader reader, int start)
    {
        var paper = new PaperNode
        {
            Id = reader.GetString(start),
            Title = reader.GetString(start + 1),
            Abstract = reader.IsDBNull(start + 2) ? null : reader.GetString(start + 2),
            Published = reader.IsDBNull(start + 3) ? null : reader.GetString(start + 3),
            Year = reader.IsDBNull(start + 4) ? null : reader.GetInt32(start + 4),
            Venue = reader.IsDBNull(start + 5) ? null : reader.GetString(start + 5),
            Ids = ExternalIdsCodec.FromJson(reader.GetString(start + 6)),
            IsStub = reader.GetInt64(start + 7) != 0,
            Sources = JsonSerializer.Deserialize<string[]>(reader.GetString(start + 8)) ?? [],
        };
        return new PaperSummary(
            paper,
            reader.IsDBNull(start + 9) ? null : reader.GetDouble(start + 9),
            reader.IsDBNull(start + 10) ? null : reader.GetInt32(start + 10),
            reader.IsDBNull(start + 11) ? null : reader.GetInt32(start + 11));
    }

    /// <summary>The entity id a filter names: an id with the right label prefix as is, else the id of that canonical name.</summary>
    private static string EntityIdFor(NodeLabel label, string nameOrId)
    {
        var prefix = label.ToString().ToLowerInvariant() + ":";
        return nameOrId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? prefix + nameOrId[prefix.Length..] : EntityId.For(label, nameOrId);
    }

    private static EntityNode ReadEntity(SqliteDataReader reader, int start) => new(
        reader.GetString(start),
        Enum.TryParse<NodeLabel>(reader.GetString(start + 1), out var label) ? label : NodeLabel.Concept,
        reader.GetString(start + 2),
        !reader.IsDBNull(start + 3) && reader.GetInt64(start + 3) != 0);
}

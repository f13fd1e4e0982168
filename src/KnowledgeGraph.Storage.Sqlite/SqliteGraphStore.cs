using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded default <see cref="IGraphStore"/>: the property graph in one SQLite file (WAL mode).
/// One long-lived writer connection holds the prepared upsert statements and is used by one batch at a time;
/// every read opens its own pooled connection, so readers see the last committed batch and never wait for the writer.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IGraphSnapshotSource, IAnalyticsResultStore
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly int _pageSize;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly KeyFilter _filter = new();
    private SqliteConnection? _writer;
    private WriterStatements? _statements;
    private BatchWriter? _batchWriter;
    private WalCheckpointer? _checkpointer;
    private bool _disposed;

    public SqliteGraphStore(SqliteStoreOptions? options = null)
    {
        options ??= new SqliteStoreOptions();
        _busyTimeoutMs = checked(options.BusyTimeoutSeconds * 1000);
        if (options.PageSizeBytes is < 512 or > 65536 || !int.IsPow2(options.PageSizeBytes))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSizeBytes, "PageSizeBytes must be a power of two from 512 to 65536.");
        }
        _pageSize = options.PageSizeBytes;
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? string.Empty);
        if (string.IsNullOrEmpty(options.ConnectionString))
        {
            var path = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DatabasePath) ? SqliteStoreOptions.DefaultDatabasePath : options.DatabasePath);
            builder.DataSource = path;
        }
        IsFile = builder.Mode is not SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:";
        if (IsFile)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        builder.DefaultTimeout = options.BusyTimeoutSeconds;
        _connectionString = builder.ToString();
        DatabasePath = builder.DataSource;
    }

    /// <summary>The database file this store writes.</summary>
    public string DatabasePath { get; }

    // an in-memory or temporary database has no WAL to checkpoint
    private bool IsFile { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_writer is not null) return;
            var connection = Open();
            try
            {
                // The writer keeps up to 128 MiB of pages cached, maps up to 256 MiB of the file, and checkpoints the WAL
                // every 16,384 pages (256 MiB at 16 KiB pages, 64 MiB in an older 4 KiB file) instead of every 1,000: large
                // batches rewrite many index pages, and each checkpoint copies them again.
                // The page size only takes effect on a new, empty file, and only before it switches to WAL.
                Pragma(connection, "PRAGMA page_size = " + _pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Pragma(connection, "PRAGMA journal_mode = WAL; PRAGMA cache_size = -131072; PRAGMA mmap_size = 268435456; PRAGMA wal_autocheckpoint = 16384");
                SchemaMigrator.Migrate(connection);
                FinishAbandonedBulkLoad(connection);
                _statements = new WriterStatements(connection);
                _batchWriter = new BatchWriter(_statements, _filter);
                _writer = connection;
                if (IsFile) _checkpointer = new WalCheckpointer(Open);
            }
            catch
            {
                _statements?.Dispose();
                _statements = null;
                connection.Dispose();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task<UpsertSummary> UpsertPapersAsync(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.Count == 0
            ? Task.FromResult(new UpsertSummary())
            : WriteAsync((writer, transaction) =>
            {
                BeforeBulkWrite(writer, transaction, needsAllIndexes: false);
                return writer.Write(papers, cancellationToken);
            }, cancellationToken);
    }

    public Task<int> ReplaceLinksAsync(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.Count == 0 ? Task.FromResult(0) : WriteAsync((writer, transaction) =>
        {
            BeforeBulkWrite(writer, transaction, needsAllIndexes: true);
            return writer.ReplaceLinks(papers, cancellationToken);
        }, cancellationToken);
    }

    public IAsyncEnumerable<PaperNode> ReadPapersAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SnapshotQueries.Papers, cancellationToken);

    public IAsyncEnumerable<CitationRow> ReadCitationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SnapshotQueries.Citations, cancellationToken);

    public IAsyncEnumerable<EntityLinkRow> ReadEntityLinksAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SnapshotQueries.EntityLinks, cancellationToken);

    public Task WritePaperAnalyticsAsync(IReadOnlyList<PaperAnalytics> papers, CancellationToken cancellationToken = default) =>
        WriteAsync((_, tx) => AnalyticsWriter.WritePapers(_writer!, tx, papers), cancellationToken);

    public Task WriteCommunitiesAsync(IReadOnlyList<CommunitySummary> communities, CancellationToken cancellationToken = default) =>
        WriteAsync((_, tx) => AnalyticsWriter.WriteCommunities(_writer!, tx, communities), cancellationToken);

    public Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedPaperEdge> edges, CancellationToken cancellationToken = default) =>
        WriteAsync((_, tx) => AnalyticsWriter.ReplaceRelated(_writer!, tx, sourcePaperIds, edges), cancellationToken);

    private Task WriteAsync(Action<BatchWriter, SqliteTransaction> write, CancellationToken cancellationToken) =>
        WriteAsync((writer, tx) =>
        {
            write(writer, tx);
            return 0;
        }, cancellationToken);

    /// <summary>Runs one write in one transaction under the writer lock; on failure nothing of it stays.</summary>
    private async Task<T> WriteAsync<T>(Func<BatchWriter, SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null) await InitializeAsync(cancellationToken);

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _writer!.BeginTransaction(deferred: false);
            try
            {
                _filter.Refresh(_writer, transaction);
                var result = write(_batchWriter!, transaction);
                transaction.Commit();
                _batchWriter!.Committed();
                _checkpointer?.Committed();
                return result;
            }
            catch
            {
                // The transaction rolls back on dispose; what the filter and caches learned in it is void.
                _filter.Invalidate();
                _batchWriter!.RolledBack();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Streams rows on a connection of its own (WAL: a consistent snapshot that never blocks the writer).</summary>
    private async IAsyncEnumerable<T> StreamAsync<T>(
        Func<SqliteConnection, CancellationToken, IEnumerable<T>> query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null) await InitializeAsync(cancellationToken);
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        foreach (var row in query(connection, cancellationToken))
        {
            yield return row;
        }
    }

    public Task<PaperDetails?> GetPaperAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => PaperQueries.ResolveId(connection, id) is { } paperId ? PaperQueries.GetDetails(connection, paperId) : null, cancellationToken);

    public Task<IReadOnlyList<PaperNode>> FindPapersAsync(string idOrTitle, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => PaperQueries.Find(connection, idOrTitle, limit), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int top, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => PaperQueries.Search(connection, text, top), cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(PaperQueries.Stats, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        await _writeLock.WaitAsync();
        try
        {
            _disposed = true;
            // Stopped first: the last frames are copied by the close below, on the writer's connection.
            if (_checkpointer is not null) await _checkpointer.DisposeAsync();
            _checkpointer = null;
            _statements?.Dispose();
            if (_writer is not null)
            {
                try
                {
                    Pragma(_writer, "PRAGMA optimize");
                }
                catch (SqliteException)
                {
                    // Best effort: a busy database is no reason to fail disposal.
                }
                // Return pooled connections' file handles so the database can be moved or deleted.
                SqliteConnection.ClearPool(_writer);
                _writer.Dispose();
            }
            _writer = null;
        }
        finally
        {
            _writeLock.Release();
        }
        _writeLock.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null) await InitializeAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        return query(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Pragma(connection, $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY");
        return connection;
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

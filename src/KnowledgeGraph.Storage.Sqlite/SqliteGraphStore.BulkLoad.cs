using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Bulk loads into an empty store: secondary and full-text indexes are built once, at the end (see <see cref="BulkLoad"/>).</summary>
public sealed partial class SqliteGraphStore : IBulkLoadTarget
{
    private bool _bulkLoading;

    public async Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        var started = await WriteAsync((_, transaction) => !_bulkLoading && BulkLoad.TryBegin(_writer!, transaction), cancellationToken);
        if (!started) return NoBulkLoad.Instance;
        _bulkLoading = true;
        _batchWriter!.FullTextDeferredToEnd = true;
        _batchWriter.LineageDeferredToEnd = true;
        return new BulkLoadScope(this);
    }

    /// <summary>Brings back what the load deferred, whoever started it; the store is in its ordinary state after.</summary>
    private Task EndBulkLoadAsync() => WriteAsync((writer, transaction) =>
    {
        StopBulkLoading(writer);
        BulkLoad.Finish(_writer!, transaction);
    }, CancellationToken.None);

    /// <summary>
    /// Called at the start of every write transaction. A batch that needs the deferred indexes (relinking reads
    /// <c>edges_dst</c>) ends the load first; a load another store already finished (see
    /// <see cref="FinishAbandonedBulkLoad"/>) stops deferring. New papers with links keep the load going: their
    /// lineage, the only part of linking that reads <c>edges_dst</c>, is derived once when the load ends.
    /// </summary>
    private void BeforeBulkWrite(BatchWriter writer, SqliteTransaction transaction, bool needsAllIndexes)
    {
        if (!_bulkLoading) return;
        if (!BulkLoad.IsPending(_writer!, transaction))
        {
            StopBulkLoading(writer);
        }
        else if (needsAllIndexes)
        {
            StopBulkLoading(writer);
            BulkLoad.Finish(_writer!, transaction);
        }
    }

    private void StopBulkLoading(BatchWriter writer)
    {
        _bulkLoading = false;
        writer.FullTextDeferredToEnd = false;
        writer.LineageDeferredToEnd = false;
    }

    /// <summary>
    /// A load whose process died before it ended leaves its rows in <c>bulk_load_deferred</c>: the next store to
    /// open the file finishes it, so indexes and search are complete again. Checked with a read first, so opening a
    /// store costs no write lock in the usual case.
    /// </summary>
    private static void FinishAbandonedBulkLoad(SqliteConnection connection)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM bulk_load_deferred)";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
        }
        using var transaction = connection.BeginTransaction(deferred: false);
        BulkLoad.Finish(connection, transaction);
        transaction.Commit();
    }

    private sealed class BulkLoadScope(SqliteGraphStore store) : IAsyncDisposable
    {
        private SqliteGraphStore? _store = store;

        public async ValueTask DisposeAsync()
        {
            var store = Interlocked.Exchange(ref _store, null);
            if (store is not null && !store._disposed) await store.EndBulkLoadAsync();
        }
    }

    private sealed class NoBulkLoad : IAsyncDisposable
    {
        public static readonly NoBulkLoad Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Sqlite.Internal;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The inbox worker's checkpoint (schema/sqlite/004_inbox.sql), written on the same writer connection as the graph.</summary>
public sealed partial class SqliteGraphStore : IInboxCheckpointStore
{
    public Task<InboxFile?> GetInboxFileAsync(string sha256, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => InboxQueries.GetFile(connection, null, sha256), cancellationToken);

    public Task<InboxFile> BeginInboxFileAsync(string sha256, string name, long size, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync((_, tx) => InboxQueries.Begin(_writer!, tx, sha256, name, size, at), cancellationToken);

    /// <summary>
    /// The papers go through the same batch writer as <see cref="UpsertPapersAsync"/>; the checkpoint row is advanced
    /// inside the same transaction, so a crash leaves either both or neither.
    /// </summary>
    public Task<UpsertSummary> CommitInboxBatchAsync(IReadOnlyList<PaperUpsert> papers, InboxCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(checkpoint);
        return WriteAsync((writer, tx) =>
        {
            BeforeBulkWrite(writer, tx, needsAllIndexes: papers.Any(p => p.Links is { Count: > 0 }));
            var summary = papers.Count == 0 ? new UpsertSummary() : writer.Write(papers, cancellationToken);
            InboxQueries.Advance(_writer!, tx, checkpoint);
            return summary;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<InboxProblem>> GetInboxProblemsAsync(string sha256, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => InboxQueries.Problems(connection, sha256, limit), cancellationToken);

    public Task<InboxStatus> GetInboxStatusAsync(int recent, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => InboxQueries.Status(connection, recent), cancellationToken);

    public Task RecordAnalyticsRefreshAsync(AnalyticsRefreshRecord refresh, CancellationToken cancellationToken = default) =>
        WriteAsync((_, tx) => InboxQueries.RecordRefresh(_writer!, tx, refresh), cancellationToken);
}

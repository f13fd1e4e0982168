namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>
/// The inbox worker's checkpoint, kept in the graph store itself so that a batch of papers and the checkpoint that
/// says it is done commit in one transaction: after a crash the worker redoes nothing that is committed and loses
/// nothing that is not.
/// </summary>
public interface IInboxCheckpointStore
{
    /// <summary>The checkpoint of the file with this content hash, or null when it was never seen.</summary>
    Task<InboxFile?> GetInboxFileAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Records a newly seen file as in progress at position 0; returns the stored row (the existing one when already known).</summary>
    Task<InboxFile> BeginInboxFileAsync(string sha256, string name, long size, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Upserts <paramref name="papers"/> and advances the file's checkpoint in one transaction: both or neither.</summary>
    Task<UpsertSummary> CommitInboxBatchAsync(IReadOnlyList<PaperUpsert> papers, InboxCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>The bad records kept for one file, in the order they were met (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<InboxProblem>> GetInboxProblemsAsync(string sha256, int limit, CancellationToken cancellationToken = default);

    /// <summary>Counts per status, the most recently touched files and the most recent problems.</summary>
    Task<InboxStatus> GetInboxStatusAsync(int recent, CancellationToken cancellationToken = default);

    /// <summary>Remembers the last finished analytics refresh (shown by <c>kg status</c>).</summary>
    Task RecordAnalyticsRefreshAsync(AnalyticsRefreshRecord refresh, CancellationToken cancellationToken = default);
}

using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Worker.Status;

/// <summary>
/// The worker's live state (running, the file it is on and its records so far, whether an analytics refresh is
/// due) plus what the checkpoint table says (<see cref="Stored"/>: files per status, records, recent errors, last
/// analytics refresh).
/// </summary>
public sealed record IngestStatusReport(
    IReadOnlyList<string> Inboxes,
    bool Running,
    string? CurrentFile,
    long CurrentFileRecords,
    bool AnalyticsPending,
    InboxStatus Stored);

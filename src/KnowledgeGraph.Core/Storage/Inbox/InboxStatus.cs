namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>What the checkpoint table says about the inbox: file counts per status, records, recent files and errors.</summary>
public sealed record InboxStatus(
    int FilesDone,
    int FilesInProgress,
    int FilesQuarantined,
    long RecordsCommitted,
    long Problems,
    IReadOnlyList<InboxFile> RecentFiles,
    IReadOnlyList<InboxProblem> RecentProblems,
    AnalyticsRefreshRecord? LastAnalyticsRefresh);

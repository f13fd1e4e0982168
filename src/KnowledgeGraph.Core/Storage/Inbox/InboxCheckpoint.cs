using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>
/// How far one file got with one batch: committed in the same transaction as that batch's papers, so the graph and
/// the checkpoint can never disagree. <see cref="Problems"/> are the bad records to keep for the file's error report
/// (possibly fewer than <see cref="ProblemCount"/>, which counts them all).
/// </summary>
public sealed record InboxCheckpoint(
    string Sha256,
    long Position,
    int RecordsAdded,
    int ProblemCount,
    IReadOnlyList<ReadProblem> Problems,
    InboxFileStatus Status,
    string? MovedTo,
    DateTimeOffset At);

namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>
/// The checkpoint of one inbox file, keyed by the SHA-256 of its content (so a renamed or re-dropped copy is the
/// same file). <see cref="Position"/> counts the reader outcomes (records and bad records) whose effect is committed:
/// a restart skips that many and goes on from there.
/// </summary>
public sealed record InboxFile(
    string Sha256,
    string Name,
    long Size,
    InboxFileStatus Status,
    long Position,
    long RecordsCommitted,
    long Problems,
    string? MovedTo,
    DateTimeOffset FirstSeen,
    DateTimeOffset UpdatedAt);

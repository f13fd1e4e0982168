namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>Where a file (identified by its content hash) is in the inbox worker's life cycle.</summary>
public enum InboxFileStatus
{
    /// <summary>Seen and at least started; <see cref="InboxFile.Position"/> says how far its committed batches reach.</summary>
    InProgress,

    /// <summary>Every record is in the store; the file belongs in the processed folder.</summary>
    Done,

    /// <summary>No record could be ingested (unreadable, garbage, every record invalid); the file belongs in quarantine.</summary>
    Quarantined,
}

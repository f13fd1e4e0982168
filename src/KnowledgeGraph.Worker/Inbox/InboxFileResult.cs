namespace KnowledgeGraph.Worker.Inbox;

/// <summary>What became of one inbox file.</summary>
public enum InboxFileResult
{
    /// <summary>Its records are in the store (bad ones skipped and reported); it moved to the processed folder.</summary>
    Ingested,

    /// <summary>Nothing in it could be ingested; it moved to quarantine with an .error.txt.</summary>
    Quarantined,

    /// <summary>The same content was ingested before; it moved to the processed folder and the store did not change.</summary>
    AlreadyIngested,
}

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>Everything a snapshot is built from, as plain in-memory lists (the store or a data set fills them).</summary>
public sealed record SnapshotInput(
    IReadOnlyList<PaperInput> Papers,
    IReadOnlyList<CitationInput> Citations,
    IReadOnlyList<EntityInput> Entities);

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>A paper as the projection needs it.</summary>
public sealed record PaperInput(string Id, string Title, string? Abstract = null, int? Year = null);

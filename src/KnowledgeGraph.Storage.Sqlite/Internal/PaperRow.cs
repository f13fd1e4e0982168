namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>One row of the <c>papers</c> table as the writer reads and writes it (ids and sources as JSON; Pk is the rowid once known).</summary>
internal sealed record PaperRow(
    string Id,
    string Title,
    string TitleKey,
    string? Abstract,
    string? Published,
    int? Year,
    string? Venue,
    string IdsJson,
    bool IsStub,
    string? ContentHash,
    string SourcesJson,
    long Pk = 0);

using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite;

// Stand-in so the CLI compiles on the analytics branch before the SQLite store is merged. The csproj drops this
// file as soon as src/KnowledgeGraph.Storage.Sqlite/SqliteGraphStore.cs exists; delete it after the merge.

/// <summary>Temporary stand-in for the store engineer's options type.</summary>
public sealed class SqliteStoreOptions
{
    public required string DatabasePath { get; init; }
}

/// <summary>Temporary stand-in: every call says the store is not on this branch.</summary>
public sealed class SqliteGraphStore(SqliteStoreOptions options) : IGraphStore
{
    private NotSupportedException Missing() => new($"the SQLite store is not on this branch yet ({options.DatabasePath}); use --arxiv2023 DIR");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<UpsertSummary> UpsertPapersAsync(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken = default) => throw Missing();

    public Task<PaperDetails?> GetPaperAsync(string id, CancellationToken cancellationToken = default) => throw Missing();

    public Task<IReadOnlyList<PaperNode>> FindPapersAsync(string idOrTitle, int limit, CancellationToken cancellationToken = default) => throw Missing();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int top, CancellationToken cancellationToken = default) => throw Missing();

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw Missing();
}

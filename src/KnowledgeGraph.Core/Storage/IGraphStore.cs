namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The graph store. SQLite is the embedded default; Neo4j implements the same contract. Every write is an
/// idempotent upsert: writing the same records twice leaves the graph as it was after the first time.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates the schema if needed. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes one batch in one transaction: all of it or none of it.</summary>
    Task<UpsertSummary> UpsertPapersAsync(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the extracted links of stored papers in one transaction (used by relinking when the vocabulary
    /// changes). Papers that do not exist are skipped. Returns how many papers' links changed.
    /// </summary>
    Task<int> ReplaceLinksAsync(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken = default);

    /// <summary>A paper by its id or by any of its external ids (<c>arxiv:2401.00001</c>, <c>doi:…</c>, or the bare id).</summary>
    Task<PaperDetails?> GetPaperAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Papers whose id matches exactly, else whose title matches (exact normalized title first, then full-text).</summary>
    Task<IReadOnlyList<PaperNode>> FindPapersAsync(string idOrTitle, int limit, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over title and abstract, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int top, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);
}

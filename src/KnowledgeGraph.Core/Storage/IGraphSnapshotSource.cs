namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// Bulk read access for analytics: everything needed to build the in-memory analytics snapshot, streamed in one
/// pass each (no paging, no per-row queries). A store implements it next to <see cref="IGraphStore"/>.
/// </summary>
public interface IGraphSnapshotSource
{
    /// <summary>Every paper, stubs included (a stub's title may be its id).</summary>
    IAsyncEnumerable<PaperNode> ReadPapersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every CITES edge between two stored papers.</summary>
    IAsyncEnumerable<CitationRow> ReadCitationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every paper → entity relationship (PROPOSES, USES, EVALUATES_ON, ADDRESSES, MENTIONS, …).</summary>
    IAsyncEnumerable<EntityLinkRow> ReadEntityLinksAsync(CancellationToken cancellationToken = default);
}

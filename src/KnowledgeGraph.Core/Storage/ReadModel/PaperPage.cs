namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>
/// One page of papers starting at <paramref name="Offset"/>. <paramref name="TotalCount"/> is null when the query did
/// not ask for it (counting every match costs a second scan).
/// </summary>
public sealed record PaperPage(IReadOnlyList<PaperSummary> Items, int Offset, bool HasNextPage, int? TotalCount)
{
    public static readonly PaperPage Empty = new([], 0, false, 0);
}

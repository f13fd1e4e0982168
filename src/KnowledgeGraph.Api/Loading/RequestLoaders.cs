using GraphQL.DataLoader;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// The batch loaders of one request (a scoped service): however many papers a query touches, each kind of data costs
/// one read-model call per level of the query. Paged lists are keyed by owner and page, and one call serves every
/// owner asking for the same page.
/// </summary>
internal sealed class RequestLoaders
{
    private readonly IGraphReadModel _readModel;
    private readonly Dictionary<(string Kind, PageRequest Page, int First), object> _paged = [];
    private readonly Lock _gate = new();

    public RequestLoaders(IGraphReadModel readModel)
    {
        _readModel = readModel;
        Papers = new BatchLoader<string, PaperSummary?>(
            async (ids, ct) => Widen(await readModel.GetPapersByIdsAsync(ids, ct)), null, StringComparer.Ordinal);
        Authors = new BatchLoader<string, IReadOnlyList<string>>(readModel.GetAuthorsAsync, [], StringComparer.Ordinal);
        Links = new BatchLoader<string, IReadOnlyList<PaperEntityLink>>(readModel.GetEntityLinksAsync, [], StringComparer.Ordinal);
        Families = new BatchLoader<string, EntityFamily>(readModel.GetEntityFamiliesAsync, EntityFamily.None, StringComparer.Ordinal);
    }

    public BatchLoader<string, PaperSummary?> Papers { get; }

    public BatchLoader<string, IReadOnlyList<string>> Authors { get; }

    public BatchLoader<string, IReadOnlyList<PaperEntityLink>> Links { get; }

    public BatchLoader<string, EntityFamily> Families { get; }

    public IDataLoaderResult<PaperPage> Citations(string paperId, CitationDirection direction, PageRequest page) =>
        Paged(direction.ToString(), page, 0, (ids, ct) => _readModel.GetCitationsAsync(ids, direction, page, ct), PaperPage.Empty).Load(paperId);

    public IDataLoaderResult<PaperPage> EntityPapers(string entityId, PageRequest page) =>
        Paged("entity", page, 0, (ids, ct) => _readModel.GetEntityPapersAsync(ids, page, ct), PaperPage.Empty).Load(entityId);

    public IDataLoaderResult<IReadOnlyList<RelatedPaper>> Related(string paperId, int first) =>
        Paged<IReadOnlyList<RelatedPaper>>("related", default, first, (ids, ct) => _readModel.GetRelatedAsync(ids, first, ct), []).Load(paperId);

    /// <summary>One loader per kind and page shape, created on first use.</summary>
    private BatchLoader<string, T> Paged<T>(
        string kind, PageRequest page, int first, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch, T missing)
    {
        lock (_gate)
        {
            if (!_paged.TryGetValue((kind, page, first), out var loader))
            {
                _paged[(kind, page, first)] = loader = new BatchLoader<string, T>(fetch, missing, StringComparer.Ordinal);
            }
            return (BatchLoader<string, T>)loader;
        }
    }

    private static IReadOnlyDictionary<string, PaperSummary?> Widen(IReadOnlyDictionary<string, PaperSummary> papers) =>
        papers.ToDictionary(kv => kv.Key, kv => (PaperSummary?)kv.Value, StringComparer.Ordinal);
}

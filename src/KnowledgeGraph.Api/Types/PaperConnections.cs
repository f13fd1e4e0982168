using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>Turns a deferred page into a deferred connection.</summary>
internal static class PaperConnections
{
    public static IDataLoaderResult<Connection<PaperSummary>> ToConnection(this IDataLoaderResult<PaperPage> page) => new Mapped(page);

    private sealed class Mapped(IDataLoaderResult<PaperPage> page) : IDataLoaderResult<Connection<PaperSummary>>
    {
        public async Task<Connection<PaperSummary>> GetResultAsync(CancellationToken cancellationToken = default) =>
            PageArguments.ToConnection(await page.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

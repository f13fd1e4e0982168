using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show. A store's test project derives from this class and
/// gives a fresh, empty, initialized store per call of <see cref="CreateStoreAsync"/>; the stores are disposed after each test.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private readonly List<IGraphStore> _stores = [];

    /// <summary>A fresh, empty store on which <see cref="IGraphStore.InitializeAsync"/> has run.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        _stores.Clear();
    }

    private async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    private static Task<UpsertSummary> UpsertAsync(IGraphStore store, params PaperUpsert[] papers) => store.UpsertPapersAsync(papers);

    private static async Task<PaperDetails> GetRequiredAsync(IGraphStore store, string id) =>
        await store.GetPaperAsync(id) ?? throw new Xunit.Sdk.XunitException($"Paper '{id}' not found.");

    /// <summary>A batch that cancels its own token when the writer reads the item at <paramref name="cancelAt"/>.</summary>
    private sealed class CancellingBatch(IReadOnlyList<PaperUpsert> items, int cancelAt, CancellationTokenSource source) : IReadOnlyList<PaperUpsert>
    {
        public PaperUpsert this[int index]
        {
            get
            {
                if (index >= cancelAt) source.Cancel();
                return items[index];
            }
        }

        public int Count => items.Count;

        public IEnumerator<PaperUpsert> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

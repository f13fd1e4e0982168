using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class PaperIngestorTests
{
    private static (PaperIngestor Sut, RecordingStore Store) CreateSut()
    {
        var store = new RecordingStore();
        return (new PaperIngestor(PaperFileReader.CreateDefault(), store, new IngestionOptions { BatchSize = 50 }), store);
    }

    [Fact]
    public async Task IngestAsync_TrendingSample_StoresAll68PapersWithoutProblems()
    {
        var (sut, store) = CreateSut();

        var report = await sut.IngestAsync([TestData.Path("trending", "trending-papers-page.txt")]);

        Assert.Equal(68, report.RecordsRead);
        Assert.Empty(report.Problems);
        Assert.Equal(68, store.Papers.Count);
    }

    [Fact]
    public async Task IngestAsync_FirstBatchIsAFifthOfTheOthers_SoTheWriterStartsWhileTheRestIsRead()
    {
        var (sut, store) = CreateSut(); // batches of 50

        await sut.IngestAsync([TestData.Path("trending", "trending-papers-page.txt")]);

        Assert.Equal([10, 50, 8], store.BatchSizes);
    }

    [Fact]
    public async Task IngestAsync_BulkFolderMix_StoresPapersAndPartialRecordsAndReportsTheAuthorsFile()
    {
        var (sut, store) = CreateSut();

        var report = await sut.IngestAsync([TestData.Path("s2-bulk")]);

        Assert.Equal(100 + 100 + 83, report.RecordsRead); // abstracts, citations, papers
        Assert.Equal(183, store.Papers.Count(p => p.Record.IsPartial));
        Assert.Contains("authors", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public async Task IngestAsync_LinkerThrowsOnOneRecord_StoresThatPaperUnlinkedWarnsAndLinksTheRest()
    {
        var store = new RecordingStore();
        var failOn = "MambaMixer: Efficient Selective State Space Models with Dual Token and Channel Selection";
        var sut = new PaperIngestor(PaperFileReader.CreateDefault(), store, new IngestionOptions { BatchSize = 50 }, link: record =>
            record.Title == failOn
                ? throw new ArgumentOutOfRangeException("index")
                : new PaperUpsert(record,
                [
                    new EntityLink
                    {
                        Type = RelationshipType.Uses, Label = NodeLabel.Method, Name = "Transformer", Surface = "Transformer",
                        Evidence = record.Title, Confidence = 0.9, Extractor = "test",
                    },
                ]));

        var report = await sut.IngestAsync([TestData.Path("trending", "trending-papers-page.txt")]);

        Assert.Equal(68, store.Papers.Count);
        Assert.Empty(report.Problems);
        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("linking failed"));
        Assert.Contains("trending-papers-page.txt", warning.ToString());
        var failed = Assert.Single(store.Papers, p => p.Record.Title == failOn);
        Assert.Empty(failed.Links);
        Assert.All(store.Papers.Where(p => p.Record.Title != failOn), p => Assert.Single(p.Links));
    }

    /// <summary>An in-memory store that only records what it was asked to write.</summary>
    private sealed class RecordingStore : IGraphStore
    {
        public List<PaperUpsert> Papers { get; } = [];
        public List<int> BatchSizes { get; } = [];

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<UpsertSummary> UpsertPapersAsync(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken = default)
        {
            Papers.AddRange(papers);
            BatchSizes.Add(papers.Count);
            return Task.FromResult(new UpsertSummary { Added = papers.Count });
        }

        public Task<PaperDetails?> GetPaperAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<PaperDetails?>(null);

        public Task<IReadOnlyList<PaperNode>> FindPapersAsync(string idOrTitle, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PaperNode>>([]);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int top, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchHit>>([]);

        public Task<int> ReplaceLinksAsync(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new GraphStats(new Dictionary<Model.NodeLabel, long>(), new Dictionary<Model.RelationshipType, long>(), 0));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task UpsertPapersAsync_SameBatchTwice_SecondTimeChangesNothing()
    {
        var store = await NewStoreAsync();
        PaperUpsert[] batch =
        [
            Upsert(Record("Attention Is All You Need", arxiv: "1706.03762", abstractText: "The dominant sequence transduction models.",
                authors: ["Ashish Vaswani", "Noam Shazeer"], references: [CitesArxiv("1409.0473"), CitesTitle("Long Short-Term Memory", 1997)]),
                Link(RelationshipType.Proposes, NodeLabel.Method, "Transformer", parent: "Neural Network")),
            Upsert(Record("Neural Machine Translation by Jointly Learning to Align and Translate", arxiv: "1409.0473")),
        ];

        var first = await store.UpsertPapersAsync(batch);
        var statsAfterFirst = await store.GetStatsAsync();
        var second = await store.UpsertPapersAsync(batch);
        var statsAfterSecond = await store.GetStatsAsync();

        Assert.Equal(2, first.Added);
        Assert.Equal(new UpsertSummary { Unchanged = 2 }, second);
        Assert.Equal(statsAfterFirst.Nodes, statsAfterSecond.Nodes);
        Assert.Equal(statsAfterFirst.Relationships, statsAfterSecond.Relationships);
        Assert.Equal(statsAfterFirst.StubPapers, statsAfterSecond.StubPapers);
    }

    [Fact]
    public async Task UpsertPapersAsync_ReferenceToUnknownPaper_CreatesStub()
    {
        var store = await NewStoreAsync();

        var summary = await UpsertAsync(store, Upsert(Record("Citing paper", arxiv: "2401.00001", references: [CitesDoi("10.1000/cited", "A cited paper")])));

        Assert.Equal(1, summary.StubsCreated);
        Assert.Equal(1, summary.CitationsAdded);
        var stub = await GetRequiredAsync(store, "doi:10.1000/cited");
        Assert.True(stub.Paper.IsStub);
        Assert.Equal("A cited paper", stub.Paper.Title);
        Assert.Equal(1, stub.CitedByCount);
        Assert.Equal(1, (await store.GetStatsAsync()).StubPapers);
    }

    [Fact]
    public async Task UpsertPapersAsync_RecordForExistingStub_FillsStub()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Citing paper", arxiv: "2401.00001", references: [CitesArxiv("2301.00002")])));

        var summary = await UpsertAsync(store, Upsert(Record("The cited paper", arxiv: "2301.00002", abstractText: "Now with an abstract.")));

        Assert.Equal(1, summary.StubsFilled);
        Assert.Equal(0, summary.StubsCreated);
        var filled = await GetRequiredAsync(store, "arxiv:2301.00002");
        Assert.False(filled.Paper.IsStub);
        Assert.Equal("The cited paper", filled.Paper.Title);
        Assert.Equal(1, filled.CitedByCount);
        var citing = await GetRequiredAsync(store, "arxiv:2401.00001");
        Assert.Equal(filled.Paper.Id, Assert.Single(citing.References).Id);
        var stats = await store.GetStatsAsync();
        Assert.Equal(0, stats.StubPapers);
        Assert.Equal(2, stats.Nodes[NodeLabel.Paper]);
    }

    [Fact]
    public async Task UpsertPapersAsync_StubKnownOnlyByTitle_FilledByRecordWithThatTitle()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Citing paper", arxiv: "2401.00001", references: [CitesTitle("Deep Residual Learning for Image Recognition")])));

        var summary = await UpsertAsync(store, Upsert(Record("Deep residual learning for image recognition.", doi: "10.1109/cvpr.2016.90")));

        Assert.Equal(1, summary.StubsFilled);
        var stats = await store.GetStatsAsync();
        Assert.Equal(0, stats.StubPapers);
        Assert.Equal(2, stats.Nodes[NodeLabel.Paper]);
        Assert.Equal(1, (await GetRequiredAsync(store, "doi:10.1109/cvpr.2016.90")).CitedByCount);
    }

    [Fact]
    public async Task UpsertPapersAsync_SameReferenceTwiceAndBatchRepeated_OneCitesEdge()
    {
        var store = await NewStoreAsync();
        var record = Record("Citing paper", arxiv: "2401.00001", references: [CitesArxiv("2301.00002"), CitesArxiv("2301.00002")]);

        await UpsertAsync(store, Upsert(record));
        await UpsertAsync(store, Upsert(record));

        Assert.Equal(1, (await store.GetStatsAsync()).Relationships[RelationshipType.Cites]);
        Assert.Single((await GetRequiredAsync(store, "2401.00001")).References);
    }

    [Fact]
    public async Task UpsertPapersAsync_PaperCitesItself_CitationSkipped()
    {
        var store = await NewStoreAsync();

        var summary = await UpsertAsync(store, Upsert(Record("Narcissus", arxiv: "2401.00001", references: [CitesArxiv("2401.00001")])));

        Assert.Equal(0, summary.CitationsAdded);
        Assert.Equal(0, (await store.GetStatsAsync()).Relationships[RelationshipType.Cites]);
    }

    [Fact]
    public async Task UpsertPapersAsync_ArxivRecordThenDoiAndArxivRecord_MergedIntoOnePaper()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752", abstractText: "Preprint abstract.")));

        var summary = await UpsertAsync(store, Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752", doi: "10.5555/mamba", year: 2024)));

        Assert.Equal(1, summary.Updated);
        var byDoi = await GetRequiredAsync(store, "doi:10.5555/mamba");
        var byArxiv = await GetRequiredAsync(store, "arxiv:2312.00752");
        Assert.Equal(byArxiv.Paper.Id, byDoi.Paper.Id);
        Assert.Equal("10.5555/mamba", byDoi.Paper.Ids.Doi);
        Assert.Equal("2312.00752", byDoi.Paper.Ids.ArxivId);
        Assert.Equal("Preprint abstract.", byDoi.Paper.Abstract);
        Assert.Equal(2024, byDoi.Paper.Year);
        Assert.Equal(1, (await store.GetStatsAsync()).Nodes[NodeLabel.Paper]);
    }

    [Fact]
    public async Task UpsertPapersAsync_SameTitleDifferentDois_StayTwoPapers()
    {
        var store = await NewStoreAsync();

        await UpsertAsync(store, Upsert(Record("Introduction", doi: "10.1000/a")), Upsert(Record("Introduction", doi: "10.1000/b")));

        Assert.Equal(2, (await store.GetStatsAsync()).Nodes[NodeLabel.Paper]);
    }

    [Fact]
    public async Task UpsertPapersAsync_Authors_KeptInOrder()
    {
        var store = await NewStoreAsync();
        string[] authors = ["Zoe Zhang", "Adam Abel", "Maria Müller"];

        await UpsertAsync(store, Upsert(Record("Ordered authors", arxiv: "2401.00001", authors: authors)));

        Assert.Equal(authors, (await GetRequiredAsync(store, "2401.00001")).Authors);
        Assert.Equal(3, (await store.GetStatsAsync()).Nodes[NodeLabel.Author]);
    }

    [Fact]
    public async Task UpsertPapersAsync_EntityLinks_EvidenceAndConfidenceRoundTrip()
    {
        var store = await NewStoreAsync();
        var link = Link(RelationshipType.Uses, NodeLabel.Method, "Mamba", confidence: 0.87, parent: "State Space Model");

        await UpsertAsync(store, Upsert(Record("Linked paper", arxiv: "2401.00001"), link, Link(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet")));

        var details = await GetRequiredAsync(store, "2401.00001");
        var stored = Assert.Single(details.Links, l => l.Type == RelationshipType.Uses);
        Assert.Equal(NodeLabel.Method, stored.Label);
        Assert.Equal(EntityId.For(NodeLabel.Method, "Mamba"), stored.EntityId);
        Assert.Equal("Mamba", stored.Name);
        Assert.Equal(link.Surface, stored.Surface);
        Assert.Equal(link.Evidence, stored.Evidence);
        Assert.Equal(0.87, stored.Confidence!.Value, 6);
        Assert.Equal("contract-test", stored.Extractor);
        Assert.Contains(details.Links, l => l.Type == RelationshipType.EvaluatesOn && l.Label == NodeLabel.Dataset);
        var stats = await store.GetStatsAsync();
        Assert.Equal(1, stats.Relationships[RelationshipType.IsA]);
        Assert.Equal(2, stats.Nodes[NodeLabel.Method]);
    }

    [Fact]
    public async Task UpsertPapersAsync_TokenCancelledMidBatch_EarlierDataIntactAndBatchNotWritten()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Earlier paper", arxiv: "2401.00001", abstractText: "kept safely")));
        using var source = new CancellationTokenSource();
        PaperUpsert[] items = [Upsert(Record("Doomed one", arxiv: "2401.00002")), Upsert(Record("Doomed two", arxiv: "2401.00003")), Upsert(Record("Doomed three", arxiv: "2401.00004"))];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertPapersAsync(new CancellingBatch(items, 1, source), source.Token));

        Assert.NotNull(await store.GetPaperAsync("2401.00001"));
        Assert.Null(await store.GetPaperAsync("2401.00002"));
        Assert.Equal(1, (await store.GetStatsAsync()).Nodes[NodeLabel.Paper]);
        Assert.Single(await store.SearchAsync("kept", 10));
    }

    [Fact]
    public async Task UpsertPapersAsync_RecordWithoutTitle_BatchThrowsAndWritesNothing()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Earlier paper", arxiv: "2401.00001")));

        await Assert.ThrowsAnyAsync<Exception>(() => UpsertAsync(store, Upsert(Record("Good one", arxiv: "2401.00002")), Upsert(Record("  ", arxiv: "2401.00003"))));

        Assert.Null(await store.GetPaperAsync("2401.00002"));
        Assert.NotNull(await store.GetPaperAsync("2401.00001"));
        var summary = await UpsertAsync(store, Upsert(Record("Good one", arxiv: "2401.00002")));
        Assert.Equal(1, summary.Added);
    }

    [Fact]
    public async Task UpsertPapersAsync_AbstractChanged_SearchFindsNewWordsOnly()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Changing paper", arxiv: "2401.00001", abstractText: "About zebras.")));

        var summary = await UpsertAsync(store, Upsert(Record("Changing paper", arxiv: "2401.00001", abstractText: "About giraffes.")));

        Assert.Equal(1, summary.Updated);
        Assert.Empty(await store.SearchAsync("zebras", 10));
        Assert.Single(await store.SearchAsync("giraffes", 10));
    }

    [Fact]
    public async Task UpsertPapersAsync_EmptyBatch_ReturnsEmptySummary()
    {
        var store = await NewStoreAsync();

        var summary = await store.UpsertPapersAsync(Array.Empty<PaperUpsert>());

        Assert.Equal(new UpsertSummary(), summary);
    }

    [Fact]
    public async Task InitializeAsync_CalledAgain_KeepsData()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Kept", arxiv: "2401.00001")));

        await store.InitializeAsync();

        Assert.NotNull(await store.GetPaperAsync("2401.00001"));
    }
}

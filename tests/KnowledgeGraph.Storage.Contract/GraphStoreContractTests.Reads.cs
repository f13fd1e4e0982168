using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData("arxiv:2106.09685")]
    [InlineData("2106.09685")]
    [InlineData("arXiv:2106.09685v2")]
    [InlineData("https://arxiv.org/abs/2106.09685")]
    [InlineData("doi:10.48550/arxiv.2106.09685")]
    [InlineData("10.48550/ARXIV.2106.09685")]
    [InlineData("https://doi.org/10.48550/arXiv.2106.09685")]
    public async Task GetPaperAsync_AnyExternalIdForm_FindsThePaper(string id)
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("LoRA: Low-Rank Adaptation of Large Language Models", arxiv: "2106.09685", doi: "10.48550/arxiv.2106.09685")));

        var details = await store.GetPaperAsync(id);

        Assert.NotNull(details);
        Assert.Equal("doi:10.48550/arxiv.2106.09685", details.Paper.Id);
    }

    [Fact]
    public async Task GetPaperAsync_UnknownId_ReturnsNull()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Something", arxiv: "2401.00001")));

        Assert.Null(await store.GetPaperAsync("arxiv:9999.99999"));
        Assert.Null(await store.GetPaperAsync(""));
    }

    [Fact]
    public async Task GetPaperAsync_PaperWithNeighbours_ReturnsReferencesAndCitedByCount()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(
            store,
            Upsert(Record("Cited", arxiv: "2301.00001")),
            Upsert(Record("Citing A", arxiv: "2401.00001", references: [CitesArxiv("2301.00001"), CitesDoi("10.1000/x", "Unknown work")])),
            Upsert(Record("Citing B", arxiv: "2401.00002", references: [CitesArxiv("2301.00001")])));

        var cited = await GetRequiredAsync(store, "2301.00001");
        var citing = await GetRequiredAsync(store, "2401.00001");

        Assert.Equal(2, cited.CitedByCount);
        Assert.Equal(2, citing.References.Count);
        Assert.Contains(citing.References, r => r.IsStub && r.Title == "Unknown work");
        Assert.Contains(citing.References, r => !r.IsStub && r.Id == cited.Paper.Id);
    }

    [Fact]
    public async Task FindPapersAsync_TitleWithOtherCaseAndPunctuation_FindsExactTitle()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Attention Is All You Need", arxiv: "1706.03762")), Upsert(Record("Attention Is Not All You Need", arxiv: "2103.03404")));

        var found = await store.FindPapersAsync("attention is all you need!", 10);

        Assert.Equal("arxiv:1706.03762", Assert.Single(found).Id);
    }

    [Fact]
    public async Task FindPapersAsync_Id_FindsThatPaper()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Attention Is All You Need", arxiv: "1706.03762")));

        var found = await store.FindPapersAsync("arxiv:1706.03762", 10);

        Assert.Equal("Attention Is All You Need", Assert.Single(found).Title);
    }

    [Fact]
    public async Task FindPapersAsync_StartOfTitleWords_FindsByFullText()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Denoising Diffusion Probabilistic Models", arxiv: "2006.11239")), Upsert(Record("Graph Attention Networks", arxiv: "1710.10903")));

        var found = await store.FindPapersAsync("diffusion probab", 10);

        Assert.Equal("arxiv:2006.11239", Assert.Single(found).Id);
    }

    [Fact]
    public async Task SearchAsync_WordsFromAbstract_FindsPaperWithSnippet()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(
            store,
            Upsert(Record("Paper one", arxiv: "2401.00001", abstractText: "We study selective state spaces for long sequences.")),
            Upsert(Record("Paper two", arxiv: "2401.00002", abstractText: "We study convolutional networks for images.")));

        var hits = await store.SearchAsync("selective state", 10);

        var hit = Assert.Single(hits);
        Assert.Equal("arxiv:2401.00001", hit.Paper.Id);
        Assert.Contains("selective", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchAsync_TitleMatch_RanksAboveAbstractMatch()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(
            store,
            Upsert(Record("Unrelated heading", arxiv: "2401.00001", abstractText: "Transformers are mentioned once among many other words here.")),
            Upsert(Record("Transformers for everything", arxiv: "2401.00002", abstractText: "A short abstract.")));

        var hits = await store.SearchAsync("transformers", 10);

        Assert.Equal(2, hits.Count);
        Assert.Equal("arxiv:2401.00002", hits[0].Paper.Id);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("AND OR")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-graph")]
    [InlineData("title:graph")]
    [InlineData("\"graph")]
    [InlineData("((graph")]
    [InlineData("graph^ NOT")]
    public async Task SearchAsync_HostileInput_DoesNotThrow(string text)
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Graph networks", arxiv: "2401.00001", abstractText: "Graphs and or near not.")));

        var hits = await store.SearchAsync(text, 10);
        var found = await store.FindPapersAsync(text, 10);

        Assert.NotNull(hits);
        Assert.NotNull(found);
    }

    [Fact]
    public async Task SearchAsync_OperatorWords_MatchedAsPlainWords()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Logic gates", arxiv: "2401.00001", abstractText: "Circuits built from AND and OR gates.")));

        var hits = await store.SearchAsync("gates AND OR", 10);

        Assert.Single(hits);
    }

    [Fact]
    public async Task SearchAsync_StubPapers_NotReturned()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Citing", arxiv: "2401.00001", references: [CitesTitle("Quantum gravity musings")])));

        Assert.Empty(await store.SearchAsync("quantum gravity", 10));
    }

    [Fact]
    public async Task GetStatsAsync_EmptyStore_EveryLabelAndTypeZero()
    {
        var store = await NewStoreAsync();

        var stats = await store.GetStatsAsync();

        Assert.All(Enum.GetValues<NodeLabel>(), label => Assert.Equal(0, stats.Nodes.GetValueOrDefault(label)));
        Assert.All(Enum.GetValues<RelationshipType>(), type => Assert.Equal(0, stats.Relationships.GetValueOrDefault(type)));
        Assert.Equal(0, stats.StubPapers);
    }

    [Fact]
    public async Task GetStatsAsync_AfterUpsert_CountsPerLabelAndType()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(
            store,
            Upsert(
                Record("Counted", arxiv: "2401.00001", authors: ["A One", "B Two"], references: [CitesArxiv("2301.00001"), CitesArxiv("2301.00002")]),
                Link(RelationshipType.Mentions, NodeLabel.Concept, "Attention", parent: "Machine Learning")),
            Upsert(Record("Second", arxiv: "2401.00002", authors: ["A One"])));

        var stats = await store.GetStatsAsync();

        Assert.Equal(2, stats.Nodes[NodeLabel.Paper]);
        Assert.Equal(2, stats.StubPapers);
        Assert.Equal(2, stats.Nodes[NodeLabel.Author]);
        Assert.Equal(2, stats.Nodes[NodeLabel.Concept]);
        Assert.Equal(2, stats.Relationships[RelationshipType.Cites]);
        Assert.Equal(3, stats.Relationships[RelationshipType.AuthoredBy]);
        Assert.Equal(1, stats.Relationships[RelationshipType.Mentions]);
        Assert.Equal(1, stats.Relationships[RelationshipType.Broader]);
    }
}

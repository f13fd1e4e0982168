using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    private static PaperRecord Partial(string corpusId, string? abstractText = null, params string[] citesCorpusIds) => new()
    {
        Title = string.Empty,
        IsPartial = true,
        Abstract = abstractText,
        Ids = new ExternalIds { CorpusId = corpusId },
        References = citesCorpusIds.Select(c => new PaperReference { Ids = new ExternalIds { CorpusId = c } }).ToList(),
        Source = Source,
    };

    [Fact]
    public async Task UpsertPapersAsync_PartialAbstractBeforeFullRecord_MergesIntoOnePaper()
    {
        var store = await NewStoreAsync();
        var full = Record("Deep Residual Learning", doi: "10.1109/cvpr.2016.90") with
        {
            Ids = new ExternalIds { Doi = "10.1109/cvpr.2016.90", CorpusId = "206594692" },
        };

        await UpsertAsync(store, new PaperUpsert(Partial("206594692", "Deeper neural networks are more difficult to train.")));
        await UpsertAsync(store, new PaperUpsert(full));

        var stats = await store.GetStatsAsync();
        var paper = await store.GetPaperAsync("corpus:206594692");
        Assert.Equal(1, stats.Nodes.GetValueOrDefault(NodeLabel.Paper));
        Assert.Equal(0, stats.StubPapers);
        Assert.NotNull(paper);
        Assert.Equal("Deep Residual Learning", paper.Paper.Title);
        Assert.Equal("Deeper neural networks are more difficult to train.", paper.Paper.Abstract);
        Assert.False(paper.Paper.IsStub);
    }

    [Fact]
    public async Task UpsertPapersAsync_PartialCitationLines_AddCitesEdgesBetweenCorpusIds()
    {
        var store = await NewStoreAsync();

        await UpsertAsync(store, new PaperUpsert(Partial("1", null, "2")), new PaperUpsert(Partial("1", null, "3")));
        await UpsertAsync(store, new PaperUpsert(Record("Paper one") with { Ids = new ExternalIds { CorpusId = "1" } }));

        var one = await store.GetPaperAsync("corpus:1");
        Assert.NotNull(one);
        Assert.False(one.Paper.IsStub);
        Assert.Equal(2, one.References.Count);
        Assert.Equal(1, (await store.GetStatsAsync()).Nodes.GetValueOrDefault(NodeLabel.Paper));
        Assert.Equal(2, (await store.GetStatsAsync()).Relationships.GetValueOrDefault(RelationshipType.Cites));
    }
}

using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ReplaceLinksAsync_NewVocabulary_RemovesOldLinksAndWritesNewOnes()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Mamba paper", arxiv: "2312.00752", authors: ["Albert Gu"]),
            Link(RelationshipType.Uses, NodeLabel.Method, "Transformer"),
            Link(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet")));

        var changed = await store.ReplaceLinksAsync([new PaperLinks("arxiv:2312.00752", [Link(RelationshipType.Uses, NodeLabel.Method, "Mamba", parent: "State Space Model")])]);

        var paper = await store.GetPaperAsync("arxiv:2312.00752");
        Assert.Equal(1, changed);
        Assert.NotNull(paper);
        var link = Assert.Single(paper.Links);
        Assert.Equal("Mamba", link.Name);
        Assert.Equal(["Albert Gu"], paper.Authors);
    }

    [Fact]
    public async Task ReplaceLinksAsync_SameLinksAgain_ChangesNothing()
    {
        var store = await NewStoreAsync();
        var links = new[] { Link(RelationshipType.Uses, NodeLabel.Method, "Transformer") };
        await UpsertAsync(store, Upsert(Record("A paper", arxiv: "2401.00001"), links));
        var before = await store.GetStatsAsync();

        await store.ReplaceLinksAsync([new PaperLinks("arxiv:2401.00001", links)]);

        var after = await store.GetStatsAsync();
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.Equal(before.Nodes, after.Nodes);
    }
}

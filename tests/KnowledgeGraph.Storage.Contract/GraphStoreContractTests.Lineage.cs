using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task UpsertPapersAsync_PaperUsesMethodAnotherProposed_BuildsOnItInEitherOrder()
    {
        var store = await NewStoreAsync();
        // The user arrives before the proposer: lineage must still appear when the proposer lands.
        await UpsertAsync(store, Upsert(Record("Vision Mamba", arxiv: "2401.09417"), Link(RelationshipType.Uses, NodeLabel.Method, "Mamba")));
        await UpsertAsync(store, Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752"), Link(RelationshipType.Proposes, NodeLabel.Method, "Mamba")));
        await UpsertAsync(store, Upsert(Record("MambaMixer", arxiv: "2403.19888"), Link(RelationshipType.ComparesWith, NodeLabel.Method, "Mamba")));

        var vim = await store.GetPaperAsync("arxiv:2401.09417");
        var mixer = await store.GetPaperAsync("arxiv:2403.19888");

        Assert.NotNull(vim);
        Assert.NotNull(mixer);
        var buildsOn = Assert.Single(vim.Lineage);
        Assert.Equal((RelationshipType.BuildsOn, "arxiv:2312.00752", "method:mamba"), (buildsOn.Type, buildsOn.PaperId, buildsOn.MethodId));
        Assert.Equal(RelationshipType.ComparesWith, Assert.Single(mixer.Lineage).Type);
    }

    [Fact]
    public async Task UpsertPapersAsync_MethodProposedByTwoPapers_NoLineage()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store,
            Upsert(Record("One", arxiv: "2401.00001"), Link(RelationshipType.Proposes, NodeLabel.Method, "Foo")),
            Upsert(Record("Two", arxiv: "2401.00002"), Link(RelationshipType.Proposes, NodeLabel.Method, "Foo")),
            Upsert(Record("User", arxiv: "2401.00003"), Link(RelationshipType.Uses, NodeLabel.Method, "Foo")));

        var user = await store.GetPaperAsync("arxiv:2401.00003");

        Assert.NotNull(user);
        Assert.Empty(user.Lineage);
    }

    [Fact]
    public async Task UpsertPapersAsync_SecondProposerOfAMethodArrivesLater_RemovesTheLineageThroughIt()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store,
            Upsert(Record("One", arxiv: "2401.00001"), Link(RelationshipType.Proposes, NodeLabel.Method, "Foo")),
            Upsert(Record("User", arxiv: "2401.00003"), Link(RelationshipType.Uses, NodeLabel.Method, "Foo")));
        Assert.Single((await store.GetPaperAsync("arxiv:2401.00003"))!.Lineage);

        // Now two papers propose Foo: it no longer says whose work the user builds on.
        await UpsertAsync(store, Upsert(Record("Two", arxiv: "2401.00002"), Link(RelationshipType.Proposes, NodeLabel.Method, "Foo")));

        Assert.Empty((await store.GetPaperAsync("arxiv:2401.00003"))!.Lineage);
        Assert.Empty((await store.GetPaperAsync("arxiv:2401.00001"))!.Lineage);
    }
}

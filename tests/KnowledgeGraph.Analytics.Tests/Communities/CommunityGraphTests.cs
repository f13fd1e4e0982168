using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Tests.Communities;

public class CommunityGraphTests
{
    // Eight papers and no citations: four build on Mamba and evaluate on Long Range Arena, four prune networks on
    // CIFAR-10; all eight use "Transformer", which more than the threshold's papers name.
    private static SnapshotInput TwoFamiliesWithoutCitations()
    {
        var papers = new List<PaperInput>();
        var links = new List<EntityInput>();
        for (var i = 0; i < 8; i++)
        {
            var id = "p" + i;
            papers.Add(new PaperInput(id, "Paper " + i));
            links.Add(new EntityInput(id, RelationshipType.Uses, NodeLabel.Method, "Transformer"));
            if (i < 4)
            {
                links.Add(new EntityInput(id, RelationshipType.Uses, NodeLabel.Method, "Mamba"));
                links.Add(new EntityInput(id, RelationshipType.EvaluatesOn, NodeLabel.Dataset, "Long Range Arena"));
            }
            else
            {
                links.Add(new EntityInput(id, RelationshipType.Uses, NodeLabel.Method, "Network Pruning"));
                links.Add(new EntityInput(id, RelationshipType.EvaluatesOn, NodeLabel.Dataset, "CIFAR-10"));
            }
        }
        return new SnapshotInput(papers, [], links);
    }

    [Fact]
    public void Build_NoCitations_PapersSharingRareEntitiesFormTwoCommunities()
    {
        var snapshot = SnapshotBuilder.Build(TwoFamiliesWithoutCitations(), new SnapshotOptions { SharedEntityMaxPapers = 5 });

        var membership = snapshot.Communities!.Membership;
        Assert.Equal(2, snapshot.Communities.Count);
        Assert.All(new[] { 1, 2, 3 }, p => Assert.Equal(membership[0], membership[p]));
        Assert.All(new[] { 5, 6, 7 }, p => Assert.Equal(membership[4], membership[p]));
        Assert.NotEqual(membership[0], membership[4]);
    }

    [Fact]
    public void Build_SharedEntitiesOff_EveryPaperWithoutCitationsIsItsOwnCommunity()
    {
        var snapshot = SnapshotBuilder.Build(TwoFamiliesWithoutCitations(), new SnapshotOptions { SharedEntityMaxPapers = 0 });

        Assert.Equal(8, snapshot.Communities!.Count);
    }

    [Fact]
    public void Build_CommonEntityOnly_AddsNoEdge()
    {
        var snapshot = SnapshotBuilder.Build(TwoFamiliesWithoutCitations(), new SnapshotOptions { SharedEntityMaxPapers = 5 });

        var graph = CommunityGraph.Build(snapshot.Citations, snapshot.Entities, maxDocumentFrequency: 5);

        // Two families of four sharing two rare entities each: 2 × 2 × C(4,2) = 24 edges; "Transformer" (8 papers) adds none.
        Assert.Equal(24, graph.EdgeCount);
        Assert.Equal(0, snapshot.Citations.EdgeCount);
    }
}

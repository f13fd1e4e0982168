using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Analytics.Tests.Recommendations;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Tests.Snapshot;

public class SnapshotBuilderTests
{
    [Fact]
    public void Build_DropsDuplicateAndSelfCitationsAndUnknownPapers()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());

        Assert.Equal(8, snapshot.PaperCount);
        Assert.Equal(8, snapshot.Citations.EdgeCount);
        Assert.Equal(2, snapshot.CitationCount(snapshot.IndexOf("p5")!.Value));
        Assert.Equal(3, snapshot.Entities.Count);
        Assert.Equal(1.0, snapshot.PageRank.Sum(), 1e-9);
        Assert.Equal(2, snapshot.Components.Count);
    }

    [Fact]
    public void Build_LabelsCommunitiesByTheirEntities()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());

        var communities = snapshot.Communities!;
        var p4 = snapshot.IndexOf("p4")!.Value;
        var label = snapshot.CommunityLabels[communities.Membership[p4]];

        Assert.Contains("molecular property prediction", label.TopEntities);
        Assert.NotEqual(communities.Membership[p4], communities.Membership[snapshot.IndexOf("p0")!.Value]);
    }

    [Fact]
    public void FindPaper_ByIdTitleOrWords()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());

        Assert.Equal(snapshot.IndexOf("p5"), snapshot.FindPaper("p5"));
        Assert.Equal(snapshot.IndexOf("p6"), snapshot.FindPaper("deep residual learning for image recognition"));
        Assert.Equal(snapshot.IndexOf("p7"), snapshot.FindPaper("quantum chemistry message"));
    }

    [Fact]
    public void ShortestPath_ReturnsTheStepsIgnoringDirection()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());

        // p0 cites p6; p0 and p1 meet through ImageNet, Mamba or the shared reference p5: three hops.
        var path = ShortestPath.Find(snapshot, "p6", "p1")!;

        Assert.Equal(4, path.Count);
        Assert.Equal(["p6", "p0"], path.Take(2).Select(s => s.Id));
        Assert.Equal("p1", path[^1].Id);
        Assert.Null(path[0].Via);
        Assert.Equal(RelationshipType.Cites, path[1].Via);
    }

    [Fact]
    public void ShortestPath_ReachesEntitiesAndReportsDisconnectedNodes()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());

        var toMethod = ShortestPath.Find(snapshot, "p1", "method:mamba")!;
        var none = ShortestPath.Find(snapshot, "p4", "method:mamba");

        Assert.Equal(["p1", "method:mamba"], toMethod.Select(s => s.Id));
        Assert.Equal(RelationshipType.Uses, toMethod[1].Via);
        Assert.Equal(NodeLabel.Method, toMethod[1].Label);
        Assert.Null(none);
    }

    [Fact]
    public void Holder_PublishSwapsAtomically()
    {
        using var holder = new AnalyticsSnapshotHolder();
        var first = SnapshotBuilder.Build(TinyCorpus.Input());
        var second = SnapshotBuilder.Build(TinyCorpus.Input());

        Assert.Null(holder.Publish(first));
        Assert.Same(first, holder.Publish(second));
        Assert.Same(second, holder.Current);
    }
}

using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Tests.Recommendations;

public class RelatedPaperRecommenderTests
{
    private static (AnalyticsSnapshot Snapshot, RelatedPaperRecommender Sut) CreateSut()
    {
        var snapshot = SnapshotBuilder.Build(TinyCorpus.Input());
        return (snapshot, new RelatedPaperRecommender(snapshot));
    }

    [Fact]
    public void Recommend_VisionMamba_PutsVMambaFirstWithReadableReasons()
    {
        var (snapshot, sut) = CreateSut();

        var results = sut.Recommend(snapshot.IndexOf("p0")!.Value, 3);

        var first = results[0];
        Assert.Equal("p1", first.Id);
        var reasons = first.Reasons.Select(r => r.Text).ToList();
        Assert.Contains("both evaluate on ImageNet", reasons);
        Assert.Contains("both build on Mamba (state space model)", reasons);
        Assert.Contains("cited together by 2 papers", reasons);
        Assert.Contains(reasons, r => r.StartsWith("both cite 1 of the same paper", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("similar wording:", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_ScoreIsTheSumOfItsParts()
    {
        var (snapshot, sut) = CreateSut();

        var results = sut.Recommend(snapshot.IndexOf("p0")!.Value, 5);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(r.Score, r.Parts.Total, 1e-12));
        Assert.All(results, r => Assert.NotEmpty(r.Reasons));
        Assert.True(results[0].Parts.Entities > 0 && results[0].Parts.CoCitation > 0 && results[0].Parts.Text > 0 && results[0].Parts.Graph > 0);
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.Id), results.Select(r => r.Id));
    }

    [Fact]
    public void Recommend_NegativeSeed_PushesItsNeighboursDown()
    {
        var (snapshot, sut) = CreateSut();
        var p0 = snapshot.IndexOf("p0")!.Value;
        var p1 = snapshot.IndexOf("p1")!.Value;

        var plain = sut.Recommend(new RecommendationQuery([p0], [], 8)).ToDictionary(r => r.Id);
        var against = sut.Recommend(new RecommendationQuery([p0], [p1], 8)).ToDictionary(r => r.Id);

        Assert.DoesNotContain("p1", against.Keys);
        Assert.True(against["p5"].Score < plain["p5"].Score);
        Assert.True(against["p5"].Parts.Negative < 0);
        Assert.Contains(against["p5"].Reasons, r => r.Kind == ReasonKind.Negative);
    }

    [Fact]
    public void Recommend_ExcludedAndSeedPapers_AreNeverReturned()
    {
        var (snapshot, sut) = CreateSut();
        var p0 = snapshot.IndexOf("p0")!.Value;
        var p1 = snapshot.IndexOf("p1")!.Value;

        var results = sut.Recommend(new RecommendationQuery([p0], [], 10, new HashSet<int> { p1 }));

        Assert.DoesNotContain(results, r => r.Paper == p0 || r.Paper == p1);
    }
}

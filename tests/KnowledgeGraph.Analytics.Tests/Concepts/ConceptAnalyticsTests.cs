using KnowledgeGraph.Analytics.Concepts;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Tests.Concepts;

public class ConceptAnalyticsTests
{
    private static AnalyticsSnapshot CreateSnapshot()
    {
        var papers = new List<PaperInput>();
        var links = new List<EntityInput>();
        // 2022: four papers on Transformer + ImageNet. 2024: three on Mamba + ImageNet, one on Transformer.
        for (var i = 0; i < 8; i++)
        {
            var id = $"p{i}";
            var year = i < 4 ? 2022 : 2024;
            papers.Add(new PaperInput(id, $"paper {i}", null, year));
            links.Add(new EntityInput(id, RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet"));
            var method = i < 4 || i == 7 ? "Transformer" : "Mamba";
            links.Add(new EntityInput(id, RelationshipType.Uses, NodeLabel.Method, method));
        }
        return SnapshotBuilder.Build(new SnapshotInput(papers, [], links));
    }

    [Fact]
    public void CoOccurrence_CountsPapersPerPairWithPmi()
    {
        var pairs = ConceptAnalytics.CoOccurrence(CreateSnapshot());

        Assert.Equal(2, pairs.Count);
        var first = pairs[0];
        Assert.Equal(5, first.Papers);
        Assert.Equal(new[] { "ImageNet", "Transformer" }, new[] { first.A, first.B }.Order());
        // PMI = ln(5 × 8 / (8 × 5)) = 0: ImageNet is everywhere.
        Assert.Equal(0.0, first.Pmi, 1e-12);
    }

    [Fact]
    public void Emerging_RanksTheNewMethodFirst()
    {
        var emerging = ConceptAnalytics.Emerging(CreateSnapshot(), recentYears: 1, minRecentPapers: 1);

        Assert.Equal("Mamba", emerging[0].Name);
        Assert.Equal(3, emerging[0].RecentPapers);
        Assert.Equal(0, emerging[0].EarlierPapers);
        // (3/4 + 1/4) / (0 + 1/4) = 4.
        Assert.Equal(4.0, emerging[0].Growth, 1e-12);
    }
}

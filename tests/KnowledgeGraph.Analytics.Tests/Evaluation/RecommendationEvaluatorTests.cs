using KnowledgeGraph.Analytics.Evaluation;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Analytics.Tests.Recommendations;

namespace KnowledgeGraph.Analytics.Tests.Evaluation;

public class RecommendationEvaluatorTests
{
    [Fact]
    public void Score_ComputesRecallMrrAndNdcgExactly()
    {
        var sums = new double[1, 5];

        RecommendationEvaluator.Score([5, 1, 7], [1, 9], 2, sums, 0);

        Assert.Equal(0.5, sums[0, 0], 1e-12);
        Assert.Equal(0.5, sums[0, 1], 1e-12);
        Assert.Equal(1 / Math.Log2(3) / (1 + 1 / Math.Log2(3)), sums[0, 2], 1e-12);
        Assert.Equal(1, sums[0, 3]);
    }

    [Fact]
    public void Split_HidesTheSeededShareOfUniqueEdges()
    {
        var input = TinyCorpus.Input();
        var options = new EvaluationOptions { HoldoutFraction = 0.25, Seed = 3 };

        var (visible, hidden, edges) = RecommendationEvaluator.Split(input, options);
        var again = RecommendationEvaluator.Split(input, options);

        Assert.Equal(8, edges);
        Assert.Equal(2, hidden.Count);
        Assert.Equal(6, visible.Count);
        Assert.Empty(visible.Intersect(hidden));
        Assert.Equal(hidden, again.Hidden);
    }

    [Fact]
    public void Run_ReportsAllFourMethodsWithTheProtocol()
    {
        var input = SyntheticClusters();

        var report = RecommendationEvaluator.Run(input, new EvaluationOptions { HoldoutFraction = 0.2, Seed = 1, Threads = 1 });

        Assert.Equal(["hybrid", "bm25", "adamic-adar", "random"], report.Methods.Select(m => m.Method));
        Assert.Contains("Relevant = p's hidden cited papers", report.Protocol);
        Assert.True(report.Queries > 0);
        Assert.All(report.Methods, m => Assert.InRange(m.RecallAtK, 0, 1));
        Assert.True(report.Methods[0].RecallAtK > report.Methods[3].RecallAtK);
    }

    /// <summary>Four topics of 30 papers; each paper cites 5 earlier papers of its own topic.</summary>
    private static SnapshotInput SyntheticClusters()
    {
        string[] topics = ["graph neural network", "diffusion image generation", "speech recognition audio", "reinforcement learning robot"];
        var random = new Random(5);
        var papers = new List<PaperInput>();
        var citations = new List<CitationInput>();
        for (var i = 0; i < 120; i++)
        {
            var topic = i % 4;
            papers.Add(new PaperInput($"p{i}", $"{topics[topic]} study {i}"));
            var earlier = Enumerable.Range(0, i).Where(j => j % 4 == topic).ToList();
            foreach (var j in earlier.OrderBy(_ => random.Next()).Take(5)) citations.Add(new CitationInput($"p{i}", $"p{j}"));
        }
        return new SnapshotInput(papers, citations, []);
    }
}

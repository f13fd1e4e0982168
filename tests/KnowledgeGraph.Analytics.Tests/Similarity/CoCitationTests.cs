using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Ranking;
using KnowledgeGraph.Analytics.Similarity;

namespace KnowledgeGraph.Analytics.Tests.Similarity;

public class CoCitationTests
{
    // 2 and 3 both cite 0 and 1; 4 cites 1 only; 0 cites 5, 1 cites 5 and 6.
    private static CsrGraph Graph() => CsrGraph.FromEdges(EdgeList.FromPairs(7, (2, 0), (2, 1), (3, 0), (3, 1), (4, 1), (0, 5), (1, 5), (1, 6)));

    [Fact]
    public void CoCited_CountsPapersCitingBoth()
    {
        var counts = new ScoreAccumulator(7);

        CoCitation.CoCited(Graph(), 0, counts);

        Assert.Equal(2, counts[1]);
        Assert.Equal([1], counts.Keys);
        Assert.Equal(2, CoCitation.CoCitationCount(Graph(), 0, 1));
    }

    [Fact]
    public void Coupled_WeighsSharedReferencesByRarity()
    {
        var weighted = new ScoreAccumulator(7);
        var shared = new ScoreAccumulator(7);

        CoCitation.Coupled(Graph(), 0, weighted, shared);

        // 0 and 1 share reference 5, which has 2 citers: weight 1 / ln(4).
        Assert.Equal(1, shared[1]);
        Assert.Equal(1 / Math.Log(4), weighted[1], 1e-12);
        Assert.Equal([5], CoCitation.SharedReferences(Graph(), 0, 1));
    }

    [Fact]
    public void AdamicAdar_SumsInverseLogDegreeOfCommonNeighbours()
    {
        var scores = new ScoreAccumulator(7);

        CoCitation.AdamicAdar(Graph(), 0, scores);

        // Common neighbours of 0 and 1: 2 (degree 2), 3 (degree 2), 5 (degree 2).
        Assert.Equal(3 / Math.Log(2), scores[1], 1e-12);
    }

    [Fact]
    public void PersonalizedPageRank_ConservesMassAndFavoursTheSeed()
    {
        var estimate = new ScoreAccumulator(7);
        var residual = new ScoreAccumulator(7);

        PersonalizedPageRank.Push(Graph(), [0], estimate, residual, epsilon: 1e-9);

        var total = estimate.Keys.Sum(k => estimate[k]) + residual.Keys.Sum(k => residual[k]);
        Assert.Equal(1.0, total, 1e-9);
        Assert.Equal(0, estimate.Top(1)[0]);
        Assert.True(estimate[1] > estimate[4]);
    }
}

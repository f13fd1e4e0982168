using KnowledgeGraph.Analytics.Communities;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Tests.Communities;

public class LouvainAlgorithmTests
{
    [Fact]
    public void Compute_TwoCliquesJoinedByOneEdge_FindsTheTwoCliques()
    {
        var edges = new EdgeList(10);
        AddClique(edges, 0, 5);
        AddClique(edges, 5, 5);
        edges.Add(4, 5);

        var result = LouvainAlgorithm.Compute(CsrGraph.FromEdges(edges));

        Assert.Equal(2, result.Count);
        Assert.All(Enumerable.Range(0, 5), v => Assert.Equal(result.Membership[0], result.Membership[v]));
        Assert.All(Enumerable.Range(5, 5), v => Assert.Equal(result.Membership[5], result.Membership[v]));
        Assert.NotEqual(result.Membership[0], result.Membership[5]);
        // m = 21; each side: 10 internal edges, degree sum 21 → Q = 2 × (10/21 − (21/42)²) = 20/21 − 1/2.
        Assert.Equal(20.0 / 21 - 0.5, result.Modularity, 1e-12);
    }

    [Fact]
    public void Compute_ReciprocalEdges_CountTwiceAsIgraphEachMode()
    {
        // A directed triangle plus its reverse edges: weight 2 per pair, one community, Q = 0.
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(3, (0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (2, 0)));

        var result = LouvainAlgorithm.Compute(graph);

        Assert.Equal(1, result.Count);
        Assert.Equal(0.0, result.Modularity, 1e-12);
    }

    [Fact]
    public void Modularity_SingletonsOfOneEdge_IsMinusOneHalf()
    {
        var undirected = WeightedGraph.Symmetrize(CsrGraph.FromEdges(EdgeList.FromPairs(2, (0, 1))));

        var q = Modularity.Compute(undirected, [0, 1]);

        Assert.Equal(-0.5, q, 1e-15);
    }

    [Fact]
    public void Compute_CoraTwice_IsDeterministicForOneSeed()
    {
        var (graph, _) = Ranking.PageRankAlgorithmTests.LoadCora();

        var first = LouvainAlgorithm.Compute(graph, new LouvainOptions { Seed = 7 });
        var second = LouvainAlgorithm.Compute(graph, new LouvainOptions { Seed = 7 });

        Assert.Equal(first.Membership, second.Membership);
        // igraph 0.10.2 on the same undirected graph: multilevel 0.818, Leiden (2 iterations) 0.826.
        Assert.InRange(first.Modularity, 0.80, 1.0);
    }

    private static void AddClique(EdgeList edges, int first, int size)
    {
        for (var a = first; a < first + size; a++)
        {
            for (var b = a + 1; b < first + size; b++) edges.Add(a, b);
        }
    }
}

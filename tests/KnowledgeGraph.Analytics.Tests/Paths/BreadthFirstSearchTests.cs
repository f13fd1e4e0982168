using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Paths;

namespace KnowledgeGraph.Analytics.Tests.Paths;

public class BreadthFirstSearchTests
{
    [Fact]
    public void Distances_Undirected_FollowsEdgesBothWays()
    {
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(5, (1, 0), (1, 2), (3, 2)));

        var distances = BreadthFirstSearch.Distances(graph, 0);

        Assert.Equal([0, 1, 2, 3, -1], distances);
    }

    [Fact]
    public void Distances_Directed_OnlyFollowsOutEdges()
    {
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(3, (0, 1), (2, 1)));

        var distances = BreadthFirstSearch.Distances(graph, 0, undirected: false);

        Assert.Equal([0, 1, -1], distances);
    }
}

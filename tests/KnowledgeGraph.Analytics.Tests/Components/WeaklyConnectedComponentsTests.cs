using KnowledgeGraph.Analytics.Components;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Tests.Components;

public class WeaklyConnectedComponentsTests
{
    [Fact]
    public void Compute_ThreeGroupsAndAnIsolatedVertex_FindsFourComponents()
    {
        // {0,1,2} linked against edge direction, {3,4}, {5}, {6,7,8} as a star into 8.
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(9, (1, 0), (2, 1), (4, 3), (6, 8), (7, 8)));

        var result = WeaklyConnectedComponents.Compute(graph);

        Assert.Equal(4, result.Count);
        Assert.Equal([0, 0, 0, 1, 1, 2, 3, 3, 3], result.Labels);
        Assert.Equal(3, result.LargestSize());
    }

    [Fact]
    public void Compute_LongChainWithManyNeighbours_IsOneComponent()
    {
        // Vertex v cites v-1..v-4: the first two out-edges already connect it, the rest exercise phase two.
        var edges = new EdgeList(200);
        for (var v = 1; v < 200; v++)
        {
            for (var k = 1; k <= 4 && v - k >= 0; k++) edges.Add(v, v - k);
        }
        edges.Add(150, 199);

        var result = WeaklyConnectedComponents.Compute(CsrGraph.FromEdges(edges));

        Assert.Equal(1, result.Count);
    }

    [Fact]
    public void Compute_EdgesOnlyIntoTheGiantComponent_AreStillFollowed()
    {
        // 0..9 form the giant chain; 10 is reached only through in-edges of a non-giant vertex's third neighbour.
        var edges = new EdgeList(13);
        for (var v = 1; v < 10; v++) edges.Add(v, v - 1);
        edges.Add(11, 12);
        edges.Add(11, 12);
        edges.Add(11, 10);
        edges.Add(10, 5);

        var result = WeaklyConnectedComponents.Compute(CsrGraph.FromEdges(edges));

        Assert.Equal(1, result.Count);
    }
}

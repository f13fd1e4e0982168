using System.Numerics;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Ranking;

namespace KnowledgeGraph.Analytics.Tests.Ranking;

public class HotDestinationBlocksTests
{
    // Vertex 5 is cited by 0..3 and vertex 4 by 0..2; the rest by one vertex at most.
    private static readonly (int Source, int Target)[] Edges = [(0, 5), (1, 5), (2, 5), (3, 5), (0, 4), (1, 4), (2, 4), (3, 1), (4, 2)];

    [Fact]
    public void Build_TakesOnlyTheTopBlocksWithEnoughEdges()
    {
        var graph = Graph();
        var layout = InDegreeLayout.Build(graph);

        // 3 segments of 2 sources at 8 edges per 16-source line: a block of 2 destinations needs 3 edges. Only the top block (4 and 5: 7 edges) has them.
        var blocks = HotDestinationBlocks.Build(layout, blockSize: 2, segmentSize: 2, lineReuse: 8);

        Assert.NotNull(blocks);
        Assert.Equal(4, blocks.FirstHot);
        Assert.Equal(1, blocks.Blocks);
        Assert.Equal(7, blocks.EdgeCount);
        Assert.Equal(new[] { 4, 5 }, new[] { layout.OldOf[4], layout.OldOf[5] }.Order());
    }

    [Fact]
    public void Sum_AddsTheContributionsOfEveryInEdgeOfTheBlock()
    {
        var graph = Graph();
        var layout = InDegreeLayout.Build(graph);
        var blocks = HotDestinationBlocks.Build(layout, blockSize: 2, segmentSize: 2, lineReuse: 8)!;
        // Powers of two, so every sum is exact and names its sources.
        var contributions = Enumerable.Range(0, 6).Select(v => (double)(1 << v)).ToArray();
        var sums = new double[2];

        blocks.Sum(0, contributions, sums);

        for (var i = 0; i < 2; i++)
        {
            var v = blocks.FirstHot + i;
            var expected = 0.0;
            for (var k = layout.InOffsets[v]; k < layout.InOffsets[v + 1]; k++) expected += contributions[layout.InSources[k]];
            Assert.Equal(expected, sums[i]);
        }
        // Vertex 4's sum names its 3 sources, vertex 5's its 4.
        Assert.Equal(new[] { 3, 4 }, sums.Select(s => BitOperations.PopCount((uint)s)).Order());
    }

    [Fact]
    public void Build_NoBlockWithEnoughEdges_IsNull()
    {
        var graph = Graph();

        // One segment of 65,536 sources: a block would need 32,768 edges.
        Assert.Null(HotDestinationBlocks.Build(InDegreeLayout.Build(graph), blockSize: 2, segmentSize: 1 << 16, lineReuse: 8));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    [InlineData(1 << 17, 2)]
    public void Build_SizeNotAPowerOfTwoUpTo65536_IsRefused(int blockSize, int segmentSize)
    {
        var layout = InDegreeLayout.Build(Graph());

        // The packed edge keeps each local index in 16 bits, and the build divides by shifting.
        Assert.Throws<ArgumentOutOfRangeException>(() => HotDestinationBlocks.Build(layout, blockSize, segmentSize, lineReuse: 8));
    }

    private static CsrGraph Graph() => CsrGraph.FromEdges(6, Edges.Select(e => e.Source).ToArray(), Edges.Select(e => e.Target).ToArray());
}

using KnowledgeGraph.Analytics.Benchmarks;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Ranking;

namespace KnowledgeGraph.Analytics.Tests.Ranking;

public class UncitedSourcesTests
{
    [Fact]
    public void Build_FoldingUncited_DropsTheirEdgesAndWeighsTheirTargets()
    {
        // 0 and 1 are cited by nobody; 0 → 2, 0 → 3, 1 → 3, 2 → 3; 4 is isolated (uncited and dangling).
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(5, (0, 2), (0, 3), (1, 3), (2, 3)));
        var layout = InDegreeLayout.Build(graph, foldUncited: true);
        var uncited = layout.Uncited!;

        // layout order: in-degree 0 (0, 1, 4), then 2 (in-degree 1), then 3 (in-degree 3)
        Assert.Equal([0, 1, 4, 2, 3], layout.OldOf);
        Assert.Equal(3, uncited.Count);
        Assert.Equal(1, uncited.Dangling);
        Assert.Equal(3, uncited.Edges);
        // 2 keeps no in-edge; 3 keeps only the edge from 2 (new id 3)
        Assert.Equal([0, 0, 0, 0, 0, 1], layout.InOffsets);
        Assert.Equal([3], layout.InSources);
        // 2 ← 0 (out-degree 2); 3 ← 0 (out-degree 2) and 1 (out-degree 1)
        Assert.Equal([0, 0, 0, 0.5, 1.5], uncited.Weight);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    public void Compute_UncitedSourcesFolded_GivesTheSameIterationsAndRanks(int threads, bool hotBlocks)
    {
        var graph = CsrGraph.FromEdges(GraphGenerator.Generate(20_000, 300_000, seed: 11));
        PageRankOptions Options(bool eliminate) => new()
        {
            Tolerance = 1e-12, Threads = threads, SinglePrecisionContributions = false, EliminateUncitedSources = eliminate,
            HotBlocks = hotBlocks, HotBlocksMinimumVertices = 1, HotBlockSize = 256, HotSegmentSize = 1024,
        };

        var folded = PageRankAlgorithm.Compute(graph, Options(true));
        var gathered = PageRankAlgorithm.Compute(graph, Options(false));

        // the generated graph's newest vertices are cited by nobody, so there is something to fold
        Assert.True(folded.UncitedSourceEdges > 10_000);
        Assert.Equal(0, gathered.UncitedSourceEdges);
        Assert.Equal(gathered.Iterations, folded.Iterations);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(gathered.Scores[v], folded.Scores[v], 1e-15);
    }
}

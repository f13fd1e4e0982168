using System.Globalization;
using KnowledgeGraph.Analytics.Benchmarks;
using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Ranking;

namespace KnowledgeGraph.Analytics.Tests.Ranking;

public class PageRankAlgorithmTests
{
    private static readonly PageRankOptions Exact = new() { Tolerance = 1e-13, MaxIterations = 1000, SinglePrecisionContributions = false };

    [Fact]
    public void Compute_ThreeCycle_GivesOneThirdEach()
    {
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(3, (0, 1), (1, 2), (2, 0)));

        var result = PageRankAlgorithm.Compute(graph, Exact);

        Assert.All(result.Scores, s => Assert.Equal(1.0 / 3, s, 1e-12));
    }

    [Fact]
    public void Compute_DanglingVertex_SpreadsItsRankUniformly()
    {
        // 0→1→2→0 and 0→3; vertex 3 has no out-edges. Expected values: the dominant eigenvector of the Google
        // matrix with dangling columns set to 1/n, computed with numpy (and equal to igraph's pagerank()).
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(4, (0, 1), (1, 2), (2, 0), (0, 3)));

        var result = PageRankAlgorithm.Compute(graph, Exact);

        Assert.Equal(0.30785340314136134, result.Scores[0], 1e-12);
        Assert.Equal(0.21376215407629026, result.Scores[1], 1e-12);
        Assert.Equal(0.26462228870605825, result.Scores[2], 1e-12);
        Assert.Equal(0.21376215407629026, result.Scores[3], 1e-12);
        Assert.Equal(1.0, result.Scores.Sum(), 1e-12);
    }

    [Fact]
    public void Compute_SinglePrecisionContributions_StayWithinOneMillionthOfDouble()
    {
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(4, (0, 1), (1, 2), (2, 0), (0, 3)));

        var single = PageRankAlgorithm.Compute(graph, new PageRankOptions { Tolerance = 1e-12 });
        var full = PageRankAlgorithm.Compute(graph, Exact);

        for (var v = 0; v < 4; v++) Assert.Equal(full.Scores[v], single.Scores[v], 1e-6);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    public void Compute_HotBlocks_GiveThePlainPullsRanks(int threads, bool singlePrecision)
    {
        var graph = CsrGraph.FromEdges(GraphGenerator.Generate(20_000, 300_000, seed: 7));
        var small = new PageRankOptions
        {
            Tolerance = 1e-12, Threads = threads, SinglePrecisionContributions = singlePrecision,
            HotBlocksMinimumVertices = 1, HotBlockSize = 256, HotSegmentSize = 1024,
        };
        var blocks = HotDestinationBlocks.Build(InDegreeLayout.Build(graph), small.HotBlockSize, small.HotSegmentSize, small.HotBlockLineReuse);

        var blocked = PageRankAlgorithm.Compute(graph, small);
        // the same size threshold, so both fold the uncited vertices' edges (UncitedSources) and differ only in the blocks
        var plain = PageRankAlgorithm.Compute(graph, new PageRankOptions
        {
            Tolerance = 1e-12, Threads = threads, SinglePrecisionContributions = singlePrecision, HotBlocks = false, HotBlocksMinimumVertices = 1,
        });

        // The blocks must cover the most-cited vertices but not all of them, so both paths of the kernel ran.
        Assert.NotNull(blocks);
        Assert.InRange(blocks.FirstHot, 1, graph.NodeCount - 1);
        Assert.Equal(plain.Iterations, blocked.Iterations);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(plain.Scores[v], blocked.Scores[v], 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Compute_GaussSeidelAndJacobi_ReachTheSameFixedPoint(int threads)
    {
        var (graph, _) = LoadCora();
        var options = new PageRankOptions { GaussSeidel = true, Tolerance = 1e-13, MaxIterations = 1000, SinglePrecisionContributions = false, Threads = threads };

        var gaussSeidel = PageRankAlgorithm.Compute(graph, options);
        var jacobi = PageRankAlgorithm.Compute(graph, new PageRankOptions
        {
            Tolerance = 1e-13, MaxIterations = 1000, SinglePrecisionContributions = false, Threads = threads, GaussSeidel = false,
        });

        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(jacobi.Scores[v], gaussSeidel.Scores[v], 1e-11);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_InDegreeOrder_GivesTheStoredOrdersRanksToRounding(int threads)
    {
        var (graph, _) = LoadCora();
        var options = new PageRankOptions { Tolerance = 1e-12, MaxIterations = 1000, SinglePrecisionContributions = false, Threads = threads };

        var relabelled = PageRankAlgorithm.Compute(graph, options);
        var stored = PageRankAlgorithm.Compute(graph, new PageRankOptions
        {
            InDegreeOrder = false, Tolerance = 1e-12, MaxIterations = 1000, SinglePrecisionContributions = false, Threads = threads,
        });

        Assert.Equal(stored.Iterations, relabelled.Iterations);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(stored.Scores[v], relabelled.Scores[v], 1e-14);
    }

    [Fact]
    public void InDegreeLayout_OrdersByInDegreeAndRenamesSources()
    {
        // In-degrees: 0 ← 1, 2 (2); 1 ← 2 (1); 2 ← none; 3 ← 0, 1, 2 (3).
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(4, (1, 0), (2, 0), (2, 1), (0, 3), (1, 3), (2, 3)));

        var layout = InDegreeLayout.Build(graph);

        Assert.Equal([2, 1, 0, 3], layout.OldOf);
        Assert.Equal([0, 0, 1, 3, 6], layout.InOffsets);
        // vertex 1 (new 1) is cited by 2 (new 0); vertex 0 (new 2) by 1, 2 (new 1, 0); vertex 3 (new 3) by 0, 1, 2
        Assert.Equal([0, 1, 0, 2, 1, 0], layout.InSources);
        Assert.Equal([3, 2, 1, 0], layout.OutDegree);
    }

    [Fact]
    public void Compute_NoEdges_IsUniform()
    {
        var graph = CsrGraph.FromEdges(new EdgeList(5));

        var result = PageRankAlgorithm.Compute(graph, Exact);

        Assert.All(result.Scores, s => Assert.Equal(0.2, s, 1e-15));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Compute_Cora_MatchesIgraphToOneMillionthWithSameTop100(int threads, bool singlePrecision)
    {
        var (graph, ids) = LoadCora();
        var expected = LoadIgraphFixture();

        var result = PageRankAlgorithm.Compute(graph, new PageRankOptions { Tolerance = 1e-10, Threads = threads, SinglePrecisionContributions = singlePrecision });

        Assert.Equal(expected.Count, graph.NodeCount);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(expected[ids[v]], result.Scores[v], 1e-6);
        }
        var ours = Enumerable.Range(0, graph.NodeCount).OrderByDescending(v => result.Scores[v]).Take(100).Select(v => ids[v]).ToList();
        var theirs = expected.OrderByDescending(kv => kv.Value).Take(100).Select(kv => kv.Key).ToList();
        for (var i = 0; i < 100; i++)
        {
            // Same order; a swap is tolerated only between exact ties in igraph's own values.
            Assert.True(ours[i] == theirs[i] || Math.Abs(expected[ours[i]] - expected[theirs[i]]) < 1e-12,
                $"rank {i + 1}: ours {ours[i]}, igraph {theirs[i]}");
        }
    }

    [Fact]
    public void Slices_SplitEdgeWorkEvenly()
    {
        var graph = CsrGraph.FromEdges(EdgeList.FromPairs(4, (0, 3), (1, 3), (2, 3), (0, 1)));

        var bounds = PageRankAlgorithm.Slices(graph.InOffsetsArray, graph.NodeCount, 2);

        Assert.Equal([0, 3, 4], bounds);
    }

    internal static (CsrGraph Graph, string[] Ids) LoadCora()
    {
        var index = new Dictionary<string, int>();
        var ids = new List<string>();
        var edges = new EdgeList(0);
        foreach (var line in File.ReadLines(Path.Combine("data", "cora.cites")))
        {
            var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            // cora.cites is "<cited> <citing>": the edge is citing → cited.
            edges.Add(Id(parts[1]), Id(parts[0]));
        }
        return (CsrGraph.FromEdges(edges), ids.ToArray());

        int Id(string paper)
        {
            if (!index.TryGetValue(paper, out var id))
            {
                id = ids.Count;
                index[paper] = id;
                ids.Add(paper);
            }
            return id;
        }
    }

    private static Dictionary<string, double> LoadIgraphFixture()
    {
        var values = new Dictionary<string, double>();
        foreach (var line in File.ReadLines(Path.Combine("data", "cora-pagerank-igraph.csv")))
        {
            if (line.StartsWith('#') || line.StartsWith("paper", StringComparison.Ordinal)) continue;
            var parts = line.Split(',');
            values[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return values;
    }
}

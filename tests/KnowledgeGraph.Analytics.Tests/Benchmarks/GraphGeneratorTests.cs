using KnowledgeGraph.Analytics.Benchmarks;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Tests.Benchmarks;

public class GraphGeneratorTests
{
    [Fact]
    public void Generate_GivesExactEdgeCountOfASimpleDag()
    {
        var edges = GraphGenerator.Generate(2000, 30000, seed: 3);

        Assert.Equal(30000, edges.Count);
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < edges.Count; i++)
        {
            Assert.True(edges.Sources[i] > edges.Targets[i]);
            Assert.True(seen.Add((edges.Sources[i], edges.Targets[i])));
        }
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var edges = GraphGenerator.Generate(100, 500, seed: 1);
        using var stream = new MemoryStream();

        GraphGenerator.Write(edges, stream);
        stream.Position = 0;
        var read = EdgeListReader.Read(stream);

        Assert.Equal(edges.Sources.ToArray(), read.Sources.ToArray());
        Assert.Equal(edges.Targets.ToArray(), read.Targets.ToArray());
    }
}

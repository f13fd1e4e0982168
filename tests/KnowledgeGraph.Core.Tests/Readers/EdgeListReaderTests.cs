using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Readers.CitationNetworks;

namespace KnowledgeGraph.Core.Tests.Readers;

public class EdgeListReaderTests
{
    [Fact]
    public async Task ReadFileAsync_CoraCites_ReadsCitedCitingReversedAsPartialRecords()
    {
        var outcomes = await TestData.ReadFileAsync("citation-networks", "cora", "cora.cites");

        var records = outcomes.Records();
        Assert.Empty(outcomes.Problems());
        // 300 lines sorted by the cited paper: every line starts a new citing run.
        Assert.Equal(300, records.Count);
        Assert.Equal(300, records.Sum(r => r.References.Count));
        Assert.All(records, r => Assert.True(r.IsPartial && r.Source.Format == "edge-list"));
        Assert.All(records, r => Assert.Null(RecordValidator.Validate(r)));
        var first = records[0];
        Assert.Equal("1033", first.Ids.Other["cora"]);
        Assert.Equal("35", Assert.Single(first.References).Ids.Other["cora"]);
    }

    [Fact]
    public async Task ReadFileAsync_SnapJlgWithIdMap_GroupsEdgesByCitingVertexAndMapsToArxivIds()
    {
        var outcomes = await TestData.ReadFileAsync("citation-networks", "snap-hep", "arxiv-cit-hep-th.jlg");

        var records = outcomes.Records();
        Assert.Empty(outcomes.Problems());
        Assert.Equal(20, records.Count);
        Assert.Equal(300, records.Sum(r => r.References.Count));
        var first = records[0];
        Assert.Equal("hep-th/0001001", first.Ids.ArxivId);
        Assert.Equal(83, first.References.Count);
        Assert.Equal("hep-th/9304045", first.References[0].Ids.ArxivId);
        Assert.Equal(2, first.Source.Line);
    }

    [Fact]
    public async Task ReadAsync_HeaderNamingCitedFirst_ReversesAndReportsMalformedLine()
    {
        var outcomes = await TestData.ReadAsync(new EdgeListReader(), "citation-networks", "cora", "cora-excerpt-with-header.csv");

        var problem = Assert.Single(outcomes.Problems());
        Assert.Equal(4, problem.Location.Line);
        var records = outcomes.Records();
        Assert.Equal(["1033", "103482", "1050679"], records.Select(r => r.Ids.Other["cora-excerpt-with-header"]));
        Assert.All(records, r => Assert.Equal("35", Assert.Single(r.References).Ids.Other["cora-excerpt-with-header"]));
    }

    [Fact]
    public async Task ReadAsync_JlgDeclaringMoreEdges_ReportsTheShortfall()
    {
        var path = TestData.Path("citation-networks", "snap-hep", "arxiv-cit-hep-th.jlg");
        await using var file = File.OpenRead(path);
        await using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        var text = new StreamReader(gzip).ReadToEnd().Replace("27770,300,", "27770,301,", StringComparison.Ordinal);
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var outcomes = await TestData.CollectAsync(new EdgeListReader().ReadAsync(stream, "cit-test.jlg", CancellationToken.None));

        Assert.Contains("declares 301 edges; 300 were read", Assert.Single(outcomes.Problems()).Message);
    }

    [Theory]
    [InlineData("cora", "cora.cites", "edge-list")]
    [InlineData("arxiv2023-broken/raw", "ids.csv", "node-table")]
    public void Choose_CitationNetworkFile_PicksItsReader(string folder, string file, string format)
    {
        var path = TestData.Path(["citation-networks", .. folder.Split('/'), file]);
        var head = File.ReadAllBytes(path).AsSpan();

        Assert.Equal(format, PaperFileReader.CreateDefault().Choose(path, head[..Math.Min(head.Length, 4096)])?.Format);
    }
}

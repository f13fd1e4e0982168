using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Tests.Readers;

public class NodeTableReaderTests
{
    private static Task<List<ReadOutcome>> ReadSliceAsync() =>
        TestData.ReadFileAsync("citation-networks", "arxiv2023", "raw", "ids.csv.gz");

    [Fact]
    public async Task ReadFileAsync_Arxiv2023Slice_YieldsOneRecordPerRowWithReferences()
    {
        var outcomes = await ReadSliceAsync();

        var records = outcomes.Records();
        Assert.Empty(outcomes.Problems());
        Assert.Equal(200, records.Count);
        Assert.Equal(422, records.Sum(r => r.References.Count));
        Assert.Equal(112, records.Count(r => r.References.Count > 0));
        Assert.All(records, r => Assert.Equal("node-table", r.Source.Format));
        Assert.All(records, r => Assert.False(r.IsPartial));
    }

    [Fact]
    public async Task ReadFileAsync_Arxiv2023Slice_FirstRowCarriesArxivIdLabelAndCitedTitles()
    {
        var records = (await ReadSliceAsync()).Records();

        var first = records[0];
        Assert.Equal("Causal models in string diagrams", first.Title);
        Assert.Equal("2304.07638", first.Ids.ArxivId);
        Assert.Equal(["cs.LO"], first.Categories);
        Assert.Equal(2, first.Source.Line);
        Assert.Equal(16, first.References.Count);
        var cited = first.References[0];
        Assert.Equal("2010.07922", cited.Ids.ArxivId);
        Assert.Equal("Representation Learning via Invariant Causal Mechanisms", cited.Title);
    }

    [Fact]
    public async Task ReadFileAsync_NumericIdRows_KeepTheIdUnderTheDatasetScheme()
    {
        var records = (await ReadSliceAsync()).Records();

        var numeric = records.Where(r => r.Ids.ArxivId is null).ToList();
        Assert.Equal(50, numeric.Count);
        var row = records[150];
        Assert.Equal("asynchronous methods for deep reinforcement learning", row.Title);
        Assert.Equal("80989", row.Ids.Other["arxiv2023"]);
        Assert.Equal(["arxiv2023:80989"], row.Ids.Keys());
        Assert.Equal(143, records.Sum(r => r.References.Count(x => x.Ids.Other.ContainsKey("arxiv2023"))));
    }

    [Theory]
    [InlineData("titles.csv.gz")]
    [InlineData("labels.csv.gz")]
    [InlineData("edges.csv.gz")]
    public async Task ReadFileAsync_CompanionFile_IsClaimedAndYieldsNothing(string file)
    {
        var outcomes = await TestData.ReadFileAsync("citation-networks", "arxiv2023", "raw", file);

        Assert.Empty(outcomes);
    }

    [Fact]
    public async Task ReadFileAsync_Folder_ReadsTheNetworkOnce()
    {
        var reader = PaperFileReader.CreateDefault();
        var records = 0;
        var problems = 0;
        foreach (var file in PaperFileReader.ExpandPaths([TestData.Path("citation-networks", "arxiv2023")]))
        {
            var outcomes = await TestData.CollectAsync(reader.ReadFileAsync(file));
            records += outcomes.Records().Count;
            problems += outcomes.Problems().Count;
        }

        Assert.Equal(200, records);
        Assert.Equal(0, problems);
    }

    [Fact]
    public async Task ReadFileAsync_BrokenEdgesAndShortLabels_ReportsEachProblemAndKeepsTheRest()
    {
        var outcomes = await TestData.ReadFileAsync("citation-networks", "arxiv2023-broken", "raw", "ids.csv");

        var records = outcomes.Records();
        var problems = outcomes.Problems();
        Assert.Equal(6, records.Count);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Location.File.EndsWith("edges.csv", StringComparison.Ordinal) && p.Location.Line == 4 && p.Message.Contains("oops"));
        Assert.Contains(problems, p => p.Location.Line == 6 && p.Message.Contains("outside the 6 nodes"));
        Assert.Contains(problems, p => p.Location.File.EndsWith("labels.csv", StringComparison.Ordinal) && p.Message.Contains("labels end at row 4"));
        // 0→1, 0→2, the self-loop 1→1 (kept; the store drops self-citations) and 2→0.
        Assert.Equal(4, records.Sum(r => r.References.Count));
        Assert.Equal("2010.07922", Assert.Single(records[1].References).Ids.ArxivId);
        Assert.Empty(records[5].Categories);
        Assert.Equal("80989", records[5].Ids.Other["arxiv2023-broken"]);
    }
}

using KnowledgeGraph.Core.Readers.Jsonl;

namespace KnowledgeGraph.Core.Tests.Readers;

public class PaperJsonlReaderTests
{
    private static PaperJsonlReader CreateSut() => new();

    [Fact]
    public async Task ReadAsync_Trending30_YieldsThirtyRecordsWithSourceIds()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "jsonl", "trending-30.jsonl");

        var records = outcomes.Records();
        Assert.Equal(30, records.Count);
        Assert.Empty(outcomes.Problems());
        Assert.Equal("trending-mar11-01", records[0].Ids.Other["source"]);
        Assert.Equal("Flexible Parallel Neural Network Architecture Model for Early Prediction of Lithium Battery Life", records[0].Title);
        Assert.Equal(30, records[^1].Source.Line);
    }

    [Fact]
    public async Task ReadAsync_MixedLines_ReportsBadLinesByNumberAndKeepsGoing()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "jsonl", "mixed-lines.jsonl");

        Assert.Equal([1L, 3, 7, 8], outcomes.Records().Select(r => r.Source.Line!.Value));
        Assert.Equal([4L, 5, 6], outcomes.Problems().Select(p => p.Location.Line!.Value));
        Assert.StartsWith("invalid JSON", outcomes.Problems()[0].Message);
        Assert.Contains("title", outcomes.Problems()[1].Message);
        Assert.Contains("not a JSON object", outcomes.Problems()[2].Message);
    }

    [Fact]
    public async Task ReadAsync_FullRecord_MapsIdsAndAllReferenceShapes()
    {
        var record = (await TestData.ReadAsync(CreateSut(), "jsonl", "mixed-lines.jsonl")).Records()[0];

        Assert.Equal("1706.03762", record.Ids.ArxivId);
        Assert.Equal("10.48550/arxiv.1706.03762", record.Ids.Doi);
        Assert.Equal(["cs.CL", "cs.LG"], record.Categories);
        Assert.Equal(4, record.References.Count);
        Assert.Equal("1409.0473", record.References[0].Ids.ArxivId);
        Assert.Equal("10.1162/neco.1997.9.8.1735", record.References[1].Ids.Doi);
        Assert.Equal("1409.3215", record.References[2].Ids.ArxivId);
        Assert.Equal(2014, record.References[2].Year);
        Assert.StartsWith("Kingma and Ba.", record.References[3].RawText);
    }

    [Fact]
    public async Task ReadAsync_InvalidIds_DropsThemAndKeepsTheRecord()
    {
        var record = (await TestData.ReadAsync(CreateSut(), "jsonl", "mixed-lines.jsonl")).Records()[1];

        Assert.Equal("1810.04805", record.Ids.ArxivId); // from "id"; the malformed arxivId field is dropped
        Assert.Null(record.Ids.Doi);
        Assert.Contains(record.Warnings, w => w.Contains("'bad doi' is not a valid DOI"));
        Assert.Contains(record.Warnings, w => w.Contains("'not-an-arxiv-id' is not a valid arXiv id"));
    }

    [Fact]
    public async Task ReadAsync_PartialRecord_HasIdsAndReferencesButNoTitle()
    {
        var record = (await TestData.ReadAsync(CreateSut(), "jsonl", "mixed-lines.jsonl")).Records()[2];

        Assert.True(record.IsPartial);
        Assert.Equal("14636783", record.Ids.CorpusId);
        Assert.Equal("58879058", Assert.Single(record.References).Ids.CorpusId);
        Assert.Null(Core.Ingestion.RecordValidator.Validate(record));
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_YieldsNothing()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bad", "empty.jsonl");

        Assert.Empty(outcomes);
    }
}

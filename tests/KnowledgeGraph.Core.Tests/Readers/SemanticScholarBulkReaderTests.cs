using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Readers;

public class SemanticScholarBulkReaderTests
{
    [Fact]
    public async Task ReadFileAsync_PapersSampleGz_YieldsHundredRecords()
    {
        var outcomes = await TestData.ReadFileAsync("s2-bulk", "papers-sample.jsonl.gz");

        var records = outcomes.Records();
        Assert.Equal(100, records.Count);
        Assert.Empty(outcomes.Problems());
        Assert.All(records, r => Assert.Equal("semantic-scholar-bulk", r.Source.Format));
        Assert.Equal(28, records.Count(r => r.Ids.Doi is not null));
        var first = records[0];
        Assert.Equal("Attaching Importance to Mental Quality Education in Clinical Practice", first.Title);
        Assert.Equal("223588394", first.Ids.CorpusId);
        Assert.Equal("061be346f7c4bcfe3d0123d0783e965ebccd5540", first.Ids.SemanticScholarId);
        Assert.Equal("2006-02-28", first.Published);
        Assert.Equal(2, first.Authors.Count);
        Assert.False(first.IsPartial);
    }

    [Fact]
    public async Task ReadFileAsync_AbstractsSampleGz_YieldsPartialRecordsWithAbstracts()
    {
        var records = (await TestData.ReadFileAsync("s2-bulk", "abstracts-sample.jsonl.gz")).Records();

        Assert.Equal(100, records.Count);
        Assert.All(records, r => Assert.True(r.IsPartial && r.Abstract is not null && r.Ids.CorpusId is not null));
        Assert.Equal("156832481", records[0].Ids.CorpusId);
        Assert.All(records, r => Assert.Null(RecordValidator.Validate(r)));
    }

    [Fact]
    public async Task ReadFileAsync_CitationsSample_YieldsOnePartialRecordPerKnownEdge()
    {
        var outcomes = await TestData.ReadFileAsync("s2-bulk", "citations-sample.jsonl");

        var records = outcomes.Records();
        Assert.Equal(83, records.Count); // 100 lines, 17 with citedcorpusid null carry no edge
        Assert.Empty(outcomes.Problems());
        var first = records[0];
        Assert.True(first.IsPartial);
        Assert.Equal("45302901", first.Ids.CorpusId);
        Assert.Equal("1624374", Assert.Single(first.References).Ids.CorpusId);
        Assert.Equal(3, first.Source.Line);
    }

    [Fact]
    public async Task ReadFileAsync_AuthorsSample_YieldsOneExplainingProblem()
    {
        var outcomes = await TestData.ReadFileAsync("s2-bulk", "authors-sample.jsonl.gz");

        Assert.Empty(outcomes.Records());
        Assert.Contains("\"authors\" dataset holds no paper records", Assert.Single(outcomes.Problems()).Message);
    }
}

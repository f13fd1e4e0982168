using KnowledgeGraph.Core.Readers.SemanticScholar;

namespace KnowledgeGraph.Core.Tests.Readers;

public class SemanticScholarApiReaderTests
{
    private static SemanticScholarApiReader CreateSut() => new();

    [Fact]
    public async Task ReadAsync_TuringPaper_MapsIdsMetadataAndFourteenReferences()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "semantic-scholar", "Paper.trimmed.json");

        var paper = Assert.Single(outcomes.Records());
        Assert.Empty(outcomes.Problems());
        Assert.Equal("Computing Machinery and Intelligence", paper.Title);
        Assert.Equal("2d5673caa9e6af3a7b82a43f19ee920992db07ad", paper.Ids.SemanticScholarId);
        Assert.Equal("14636783", paper.Ids.CorpusId);
        Assert.Equal("10.1093/mind/lix.236.433", paper.Ids.Doi);
        Assert.Equal("journals/x/Turing50", paper.Ids.Other["dblp"]);
        Assert.Equal(1950, paper.Year);
        Assert.Equal("1950-10-01", paper.Published);
        Assert.Equal(["A. Turing"], paper.Authors);
        Assert.StartsWith("I propose to consider the question", paper.Abstract);
        Assert.Equal(14, paper.References.Count);
        Assert.Equal(8, paper.References.Count(r => r.Ids.SemanticScholarId is not null));
        Assert.Equal("Calculating Instruments and Machines", paper.References[0].Title);
        Assert.Equal("10.2307/3610576", paper.References[0].Ids.Doi);
    }

    [Theory]
    [InlineData("PaperWithNullValues.json")]
    [InlineData("PaperWithNullValues.bom.json")]
    public async Task ReadAsync_PaperWithNullValues_YieldsNoTitleProblem(string file)
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "semantic-scholar", file);

        Assert.Empty(outcomes.Records());
        Assert.Contains("has no title", Assert.Single(outcomes.Problems()).Message);
    }

    [Fact]
    public async Task ReadAsync_DataList_YieldsEachPaper()
    {
        var records = (await TestData.ReadAsync(CreateSut(), "semantic-scholar", "data-list.json")).Records();

        Assert.Equal(["Calculating Instruments and Machines", "The Mind of Mechanical Man*", "General Recursive Functions of Natural Numbers."], records.Select(r => r.Title));
        Assert.All(records, r => Assert.NotNull(r.Ids.CorpusId));
    }

    [Fact]
    public async Task ReadAsync_RandomBytes_YieldsOneProblem()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bad", "x.json");

        Assert.Empty(outcomes.Records());
        Assert.StartsWith("invalid JSON", Assert.Single(outcomes.Problems()).Message);
    }
}

using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Readers.Trending;

namespace KnowledgeGraph.Core.Tests.Readers;

public class TrendingPageReaderTests
{
    private const string File = "trending-papers-page.txt";

    private static TrendingPageReader CreateSut() => new();

    [Fact]
    public async Task ReadAsync_TrendingPage_YieldsExactly68PapersAndNoProblems()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "trending", File);

        Assert.Equal(68, outcomes.Records().Count);
        Assert.Empty(outcomes.Problems());
    }

    [Fact]
    public async Task ReadAsync_TrendingPage_NoChromeLineBecomesAPaper()
    {
        var records = (await TestData.ReadAsync(CreateSut(), "trending", File)).Records();

        string[] chrome = ["new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community", "Mar 11"];
        Assert.DoesNotContain(records, r => chrome.Contains(r.Title) || chrome.Contains(r.Abstract));
        Assert.All(records, r => Assert.Null(RecordValidator.Validate(r)));
    }

    [Fact]
    public async Task ReadAsync_TrendingPage_FirstPaperHasTitleAbstractAndLocation()
    {
        var first = (await TestData.ReadAsync(CreateSut(), "trending", File)).Records()[0];

        Assert.Equal("Flexible Parallel Neural Network Architecture Model for Early Prediction of Lithium Battery Life", first.Title);
        Assert.StartsWith("The early prediction of battery life (EPBL) is vital", first.Abstract);
        Assert.EndsWith("opening new possibilities in the field of battery health monitoring.", first.Abstract);
        Assert.Equal(11, first.Source.Line);
        Assert.Equal(1, first.Source.RecordNumber);
        Assert.Equal("trending-page", first.Source.Format);
    }

    [Fact]
    public async Task ReadAsync_TrendingPage_LastPaperHasTitleAndAbstract()
    {
        var last = (await TestData.ReadAsync(CreateSut(), "trending", File)).Records()[^1];

        Assert.Equal("PIGEON: Optimizing CUDA Code Generator for End-to-End Training and Inference of Relational Graph Neural Networks", last.Title);
        Assert.EndsWith("to further accelerate the system by up to 2.2x.", last.Abstract);
        Assert.Equal(68, last.Source.RecordNumber);
    }

    [Fact]
    public void Detect_TrendingPageHead_SniffsContent()
    {
        var head = System.IO.File.ReadAllBytes(TestData.Path("trending", File)).AsSpan(0, 4096);

        Assert.Equal(2, CreateSut().Detect("page.dat", head));
        Assert.Equal(1, CreateSut().Detect("notes.txt", "just some words"u8));
        Assert.Equal(0, CreateSut().Detect("notes.csv", "just some words"u8));
    }

    [Fact]
    public async Task ReadAsync_Latin1File_FailsWithEncodingMessage()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bad", "latin1-page.txt");

        var problem = Assert.Single(outcomes.Problems());
        Assert.Contains("UTF-8", problem.Message);
        Assert.Empty(outcomes.Records());
    }

    [Fact]
    public async Task ReadAsync_TextWithoutDateLine_YieldsNotATrendingPageProblem()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bibtex", "macros-and-latex.bib");

        Assert.Empty(outcomes.Records());
        Assert.Contains("not a trending-papers page", Assert.Single(outcomes.Problems()).Message);
    }
}

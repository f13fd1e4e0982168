using KnowledgeGraph.Core.Readers;

namespace KnowledgeGraph.Core.Tests.Readers;

public class PaperFileReaderTests
{
    private static PaperFileReader CreateSut() => PaperFileReader.CreateDefault();

    [Fact]
    public void CreateDefault_BuiltInReaders_HaveDistinctFormatNames()
    {
        var formats = CreateSut().Readers.Select(r => r.Format).ToList();

        Assert.Equal(["trending-page", "arxiv-atom", "paper-jsonl", "openalex", "semantic-scholar", "semantic-scholar-bulk", "bibtex", "node-table", "edge-list"], formats);
    }

    [Theory]
    [InlineData("trending", "trending-papers-page.txt", "trending-page")]
    [InlineData("arxiv", "legacy-search-del-maestro.xml", "arxiv-atom")]
    [InlineData("jsonl", "trending-30.jsonl", "paper-jsonl")]
    [InlineData("openalex", "W2741809807.json", "openalex")]
    [InlineData("openalex", "A5317838346.json", "openalex")]
    [InlineData("semantic-scholar", "Paper.trimmed.json", "semantic-scholar")]
    [InlineData("s2-bulk", "citations-sample.jsonl", "semantic-scholar-bulk")]
    [InlineData("bibtex", "d2l.bib", "bibtex")]
    public void Choose_SampleFile_PicksTheReaderForItsContent(string folder, string file, string format)
    {
        var head = File.ReadAllBytes(TestData.Path(folder, file)).AsSpan();
        head = head[..Math.Min(head.Length, 4096)];

        // A misleading name must not matter when the content is recognisable.
        Assert.Equal(format, CreateSut().Choose("renamed.dat", head)?.Format);
    }

    [Fact]
    public async Task ReadFileAsync_GzipFile_IsDecompressedAndSniffed()
    {
        var outcomes = await TestData.ReadFileAsync("s2-bulk", "papers-sample.jsonl.gz");

        Assert.Equal(100, outcomes.Records().Count);
    }

    [Fact]
    public async Task ReadFileAsync_Folder_ExpandsToEveryFileInOrder()
    {
        var files = PaperFileReader.ExpandPaths([TestData.Path("arxiv")]).ToList();
        var reader = CreateSut();
        var total = 0;
        foreach (var file in files)
        {
            total += (await TestData.CollectAsync(reader.ReadFileAsync(file))).Records().Count;
        }

        Assert.Equal(8, files.Count);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(24, total); // empty 0, error 0, four single-entry feeds, legacy 1 + 10, query 10
    }

    [Theory]
    [InlineData("x.json")]
    [InlineData("x.txt")]
    public async Task ReadFileAsync_RandomBytes_YieldsOneProblemAndNoPaper(string file)
    {
        var outcomes = await TestData.ReadFileAsync("bad", file);

        Assert.Empty(outcomes.Records());
        Assert.Single(outcomes.Problems());
    }

    [Fact]
    public async Task ReadFileAsync_EmptyFile_YieldsNoPaper()
    {
        var outcomes = await TestData.ReadFileAsync("bad", "empty.jsonl");

        Assert.Empty(outcomes.Records());
    }

    [Fact]
    public async Task ReadFileAsync_Latin1Text_YieldsEncodingProblem()
    {
        var outcomes = await TestData.ReadFileAsync("bad", "latin1-page.txt");

        Assert.Empty(outcomes.Records());
        Assert.Contains("not valid UTF-8", Assert.Single(outcomes.Problems()).Message);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_YieldsCannotOpenProblem()
    {
        var outcomes = await TestData.ReadFileAsync("bad", "does-not-exist.json");

        Assert.StartsWith("cannot open", Assert.Single(outcomes.Problems()).Message);
    }
}

using KnowledgeGraph.Core.Readers.Arxiv;

namespace KnowledgeGraph.Core.Tests.Readers;

public class ArxivAtomReaderTests
{
    private static ArxivAtomReader CreateSut() => new();

    [Theory]
    [InlineData("empty-feed.xml", 0)]
    [InlineData("id-1707.08567.xml", 1)]
    [InlineData("id-quant-ph-0201082v1.xml", 1)]
    [InlineData("id-astro-ph-0601001.xml", 1)]
    [InlineData("query-testing-10.xml", 10)]
    [InlineData("legacy-1111.2011v2.xml", 1)]
    [InlineData("legacy-search-del-maestro.xml", 10)]
    public async Task ReadAsync_Feed_YieldsOneRecordPerEntry(string file, int expected)
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "arxiv", file);

        Assert.Equal(expected, outcomes.Records().Count);
        Assert.Empty(outcomes.Problems());
    }

    [Fact]
    public async Task ReadAsync_ErrorFeed_YieldsProblemWithApiMessage()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "arxiv", "error-feed.xml");

        Assert.Empty(outcomes.Records());
        var problem = Assert.Single(outcomes.Problems());
        Assert.Contains("incorrect id format for abc", problem.Message);
        Assert.Equal(9, problem.Location.Line);
    }

    [Fact]
    public async Task ReadAsync_Entry_MapsIdsTextAuthorsDateAndCategories()
    {
        var record = Assert.Single((await TestData.ReadAsync(CreateSut(), "arxiv", "id-1707.08567.xml")).Records());

        Assert.Equal("1707.08567", record.Ids.ArxivId);
        Assert.Equal("Proceedings of Workshop AEW10: Concepts in Information Theory and Communications", record.Title);
        Assert.StartsWith("The 10th Asia-Europe workshop", record.Abstract);
        Assert.Equal(34, record.Authors.Count);
        Assert.Equal("Kees A. Schouhamer Immink", record.Authors[0]);
        Assert.Equal("2017-07-27", record.Published);
        Assert.Equal(2017, record.Year);
        Assert.Equal(["cs.IT"], record.Categories);
    }

    [Fact]
    public async Task ReadAsync_LegacyEntry_CollapsesWhitespaceAndReadsDoiAndJournalRef()
    {
        var record = Assert.Single((await TestData.ReadAsync(CreateSut(), "arxiv", "legacy-1111.2011v2.xml")).Records());

        Assert.Equal("1111.2011", record.Ids.ArxivId);
        Assert.Equal("10.1103/physrevb.85.115117", record.Ids.Doi);
        Assert.Equal("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", record.Title);
        Assert.StartsWith("Theoretical description of anisotropic systems, such as layered superconductors", record.Abstract);
        Assert.DoesNotContain("\n", record.Abstract);
        Assert.NotNull(record.Venue);
        Assert.Equal("2011-11-08", record.Published);
    }

    [Fact]
    public async Task ReadAsync_OldStyleId_KeepsArchivePrefixWithoutVersion()
    {
        var record = Assert.Single((await TestData.ReadAsync(CreateSut(), "arxiv", "id-quant-ph-0201082v1.xml")).Records());

        Assert.Equal("quant-ph/0201082", record.Ids.ArxivId);
    }

    [Fact]
    public async Task ReadAsync_QueryFeed_PinsDoisAndJournalRefs()
    {
        var records = (await TestData.ReadAsync(CreateSut(), "arxiv", "query-testing-10.xml")).Records();

        Assert.Equal(6, records.Count(r => r.Ids.Doi is not null));
        Assert.Equal(6, records.Count(r => r.Venue is not null));
        Assert.Equal(10, records.Select(r => r.Ids.ArxivId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long?)i), records.Select(r => r.Source.RecordNumber));
    }

    [Fact]
    public async Task ReadAsync_TruncatedFeed_YieldsCompleteEntriesThenOneProblem()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bad", "truncated-feed.xml");

        Assert.Equal(2, outcomes.Records().Count);
        var problem = Assert.Single(outcomes.Problems());
        Assert.StartsWith("invalid XML", problem.Message);
        Assert.Equal(outcomes[^1].Problem, problem);
        Assert.True(problem.Location.Line > 1);
    }
}

using KnowledgeGraph.Core.Readers.OpenAlex;

namespace KnowledgeGraph.Core.Tests.Readers;

public class OpenAlexWorkReaderTests
{
    private static OpenAlexWorkReader CreateSut() => new();

    [Fact]
    public async Task ReadAsync_SingleWork_MapsIdsAbstractAuthorsVenueAndReferences()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "openalex", "W2741809807.json");

        var work = Assert.Single(outcomes.Records());
        Assert.Empty(outcomes.Problems());
        Assert.Equal("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles", work.Title);
        Assert.StartsWith("Despite growing interest in Open Access (OA) to scholarly literature, there is an unmet need", work.Abstract);
        Assert.Equal("W2741809807", work.Ids.OpenAlexId);
        Assert.Equal("10.7717/peerj.4375", work.Ids.Doi);
        Assert.Equal("29456894", work.Ids.Other["pmid"]);
        Assert.Equal("2741809807", work.Ids.Other["mag"]);
        Assert.Equal("2018-02-13", work.Published);
        Assert.Equal(2018, work.Year);
        Assert.Equal("PeerJ", work.Venue);
        Assert.Equal("Heather Piwowar", work.Authors[0]);
        Assert.Equal(45, work.References.Count);
        Assert.All(work.References, r => Assert.StartsWith("W", r.Ids.OpenAlexId));
    }

    [Fact]
    public async Task ReadAsync_AbridgedWorkWithDisplayNameOnly_UsesDisplayNameAsTitle()
    {
        var work = Assert.Single((await TestData.ReadAsync(CreateSut(), "openalex", "W-api-response.json")).Records());

        Assert.StartsWith("GW170104: Observation of a 50-Solar-Mass Binary Black Hole", work.Title);
        Assert.Equal("Physical Review Letters", work.Venue);
        Assert.Equal(5, work.References.Count);
        Assert.Equal(["B. P. Abbott"], work.Authors);
    }

    [Fact]
    public async Task ReadAsync_ResultsList_StreamsWorksAndRejectsNonWorks()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "openalex", "results-list.json");

        Assert.Equal(["W2755950973", "W2741809807"], outcomes.Records().Select(r => r.Ids.OpenAlexId));
        var problem = Assert.Single(outcomes.Problems());
        Assert.Contains("not an OpenAlex work (A5317838346)", problem.Message);
        Assert.Equal([1L, 2, 3], outcomes.Select(o => (o.Record?.Source ?? o.Problem!.Location).RecordNumber!.Value));
    }

    [Fact]
    public async Task ReadAsync_ResultsListArrivingInTinyChunks_YieldsTheSameRecords()
    {
        var path = TestData.Path("openalex", "results-list.json");
        await using var stream = new TrickleStream(File.OpenRead(path), 7);

        var outcomes = await TestData.CollectAsync(CreateSut().ReadAsync(stream, path, CancellationToken.None));

        Assert.Equal(2, outcomes.Records().Count);
        Assert.Equal(45, outcomes.Records()[1].References.Count);
    }

    [Fact]
    public async Task ReadAsync_ResultsList_YieldsFirstWorkBeforeReadingTheWholeFile()
    {
        var path = TestData.Path("openalex", "results-list.json");
        await using var stream = new TrickleStream(File.OpenRead(path), 1024);
        var length = new FileInfo(path).Length;

        await foreach (var outcome in CreateSut().ReadAsync(stream, path, CancellationToken.None))
        {
            Assert.NotNull(outcome.Record);
            Assert.True(stream.BytesRead < length / 2, $"read {stream.BytesRead} of {length} bytes before the first work");
            break;
        }
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_ThrowsOperationCanceled()
    {
        await using var stream = File.OpenRead(TestData.Path("openalex", "results-list.json"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TestData.CollectAsync(CreateSut().ReadAsync(stream, "results-list.json", cancellation.Token)));
    }

    [Theory]
    [InlineData("A5317838346.json")]
    [InlineData("T11636.json")]
    public async Task ReadAsync_NonWorkEntity_YieldsNotAWorkProblem(string file)
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "openalex", file);

        Assert.Empty(outcomes.Records());
        Assert.Contains("not an OpenAlex work", Assert.Single(outcomes.Problems()).Message);
    }
}

using KnowledgeGraph.Storage.Sqlite.Benchmarks;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class StoreBenchmarkTests
{
    [Fact]
    public async Task RunIngestAsync_SmallRun_WritesEveryRecordAndCleansUp()
    {
        var result = await StoreBenchmark.RunIngestAsync(records: 600, seed: 7, batchSize: 250);

        Assert.Equal(600, result.Records);
        Assert.Equal(600, result.Summary.Added);
        Assert.True(result.Summary.CitationsAdded > 0);
        Assert.True(result.Summary.StubsCreated > 0);
        Assert.True(result.DatabaseBytes > 0);
    }

    [Fact]
    public async Task RunIngestAsync_SameSeedTwice_SameSummary()
    {
        var first = await StoreBenchmark.RunIngestAsync(records: 300, seed: 3);
        var second = await StoreBenchmark.RunIngestAsync(records: 300, seed: 3);

        Assert.Equal(first.Summary, second.Summary);
    }
}

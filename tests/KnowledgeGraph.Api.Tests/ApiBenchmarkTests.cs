using KnowledgeGraph.Api.Benchmarks;

namespace KnowledgeGraph.Api.Tests;

public sealed class ApiBenchmarkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_SmallLoad_ReportsEveryScenarioWithItsBaselinePeakMemoryAndLoadAverage(bool caches)
    {
        await using var api = await ApiApplication.StartAsync(analyze: true);

        var report = await ApiBenchmark.RunAsync(api.DatabasePath, requests: 12, concurrencies: [1, 3], caches, CancellationToken.None);

        Assert.Equal(caches, report.Caches);
        Assert.Equal([1, 3, 1, 3], report.Scenarios.Select(s => s.Concurrency));
        Assert.All(report.Scenarios, s => Assert.True(s.Api.Throughput > 0 && s.Baseline.Throughput > 0 && s.Api.P99 >= s.Api.P50));
        Assert.True(report.PeakWorkingSetBytes > 0);
        Assert.False(string.IsNullOrWhiteSpace(report.LoadAverageBefore));
    }
}

using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Core.Readers;

namespace KnowledgeGraph.Worker.Tests;

public class InboxWorkerTests
{
    private static readonly string Trending = WorkerHarness.Data("trending-papers-page.txt");

    [Fact]
    public async Task Drop_TrendingPage_Ingests68PapersAndMovesTheFileToProcessed()
    {
        await using var worker = new WorkerHarness();
        await worker.StartAsync();

        worker.Drop(Trending);
        var status = await worker.WaitForFilesAsync(1);

        Assert.Equal(68, await worker.PaperCountAsync());
        Assert.Equal((1, 0, 0, 68L), (status.FilesDone, status.FilesInProgress, status.FilesQuarantined, status.RecordsCommitted));
        Assert.True(File.Exists(Path.Combine(worker.Processed, "trending-papers-page.txt")));
        Assert.False(File.Exists(Path.Combine(worker.Processed, "trending-papers-page.txt.error.txt")), "a clean file gets no error report");
        var stats = await worker.Store.GetStatsAsync();
        Assert.True(stats.Relationships.GetValueOrDefault(RelationshipType.Proposes) > 0, "papers are linked on the way in");
    }

    [Fact]
    public async Task Drop_SameContentTwice_SecondChangesNothingAndIsMovedAsideUnderAHashedName()
    {
        await using var worker = new WorkerHarness();
        await worker.StartAsync();
        worker.Drop(Trending);
        await worker.WaitForFilesAsync(1);
        var before = await worker.Store.GetStatsAsync();

        worker.Drop(Trending);
        worker.Drop(Trending, "renamed-copy.txt");
        await worker.WaitUntilAsync(_ => !Directory.EnumerateFiles(worker.Inbox).Any());
        var after = await worker.Store.GetStatsAsync();
        var status = await worker.Store.GetInboxStatusAsync(10);

        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.Equal(1, status.FilesDone);
        Assert.Equal(68, status.RecordsCommitted);
        Assert.Equal(3, Directory.EnumerateFiles(worker.Processed).Count());
        Assert.True(File.Exists(Path.Combine(worker.Processed, "renamed-copy.txt")));
    }

    [Fact]
    public async Task Drop_RandomBytes_IsQuarantinedWithAReasonAndTheWorkerGoesOn()
    {
        await using var worker = new WorkerHarness();
        await worker.StartAsync();
        var garbage = Path.Combine(worker.Root, "garbage.json");
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        await File.WriteAllBytesAsync(garbage, bytes);

        var dropped = worker.Drop(garbage);
        worker.Drop(Trending);
        var status = await worker.WaitForFilesAsync(2);

        Assert.Equal(1, status.FilesQuarantined);
        Assert.Equal(1, status.FilesDone);
        Assert.Equal(68, await worker.PaperCountAsync());
        var quarantined = Path.Combine(worker.Quarantine, "garbage.json");
        Assert.True(File.Exists(quarantined));
        var report = await File.ReadAllTextAsync(quarantined + ".error.txt");
        Assert.Contains("quarantined", report);
        Assert.Contains(dropped, report);
        var problem = Assert.Single(status.RecentProblems);
        Assert.Equal("garbage.json", problem.FileName);
        Assert.Contains($"{problem.Location}: {problem.Message}", report);
    }

    [Fact]
    public async Task Drop_PartlyBadFile_IngestsTheGoodRecordsAndReportsEachBadLine()
    {
        await using var worker = new WorkerHarness();
        await worker.StartAsync();

        var dropped = worker.Drop(WorkerHarness.Data("partly-bad.jsonl"));
        var status = await worker.WaitForFilesAsync(1);

        Assert.Equal(2, await worker.PaperCountAsync());
        Assert.Equal((1, 2L, 2L), (status.FilesDone, status.RecordsCommitted, status.Problems));
        var report = await File.ReadAllTextAsync(Path.Combine(worker.Processed, "partly-bad.jsonl.error.txt"));
        Assert.Contains("ingested 2 record(s); skipped 2 bad record(s)", report);
        Assert.Contains(dropped + ":2", report);
        Assert.Contains(dropped + ":4", report);
    }

    [Fact]
    public async Task Start_WithAHalfCommittedFile_ResumesAfterTheLastCommittedRecord()
    {
        await using var worker = new WorkerHarness(o => o.BatchSize = 7);
        await worker.Store.InitializeAsync();
        // What a crash after the first committed batch leaves: the file in the inbox, its checkpoint at outcome 20.
        var path = Path.Combine(worker.Inbox, "trending-papers-page.txt");
        File.Copy(Trending, path);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path)));
        var first20 = new List<PaperUpsert>();
        await foreach (var outcome in PaperFileReader.CreateDefault().ReadFileAsync(path))
        {
            if (first20.Count < 20) first20.Add(new PaperUpsert(outcome.Record!));
        }
        var at = DateTimeOffset.UnixEpoch;
        await worker.Store.BeginInboxFileAsync(sha, "trending-papers-page.txt", new FileInfo(path).Length, at);
        await worker.Store.CommitInboxBatchAsync(first20, new InboxCheckpoint(sha, 20, 20, 0, [], InboxFileStatus.InProgress, null, at));

        await worker.StartAsync();
        var status = await worker.WaitForFilesAsync(1);

        Assert.Equal(68, await worker.PaperCountAsync());
        var file = await worker.Store.GetInboxFileAsync(sha);
        Assert.Equal((InboxFileStatus.Done, 68L, 68L), (file!.Status, file.Position, file.RecordsCommitted));
        Assert.Equal(68, status.RecordsCommitted);
    }

    [Fact]
    public async Task Drop_WithAnalyticsOn_PublishesASnapshotAndRecordsTheRefresh()
    {
        await using var worker = new WorkerHarness(o => o.Analytics = true);
        await worker.StartAsync();

        worker.Drop(Trending);
        var status = await worker.WaitUntilAsync(s => s.Stored.LastAnalyticsRefresh is not null);

        Assert.Equal(68, worker.Snapshots.Current!.PaperCount);
        Assert.Equal(68, status.Stored.LastAnalyticsRefresh!.Papers);
        Assert.False(status.AnalyticsPending);
    }

    [Fact]
    public async Task Start_WithoutInboxes_FailsValidationNamingTheSetting()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddInboxWorker(_ => { });
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Options.IOptions<InboxWorkerOptions>>(provider);
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => options.Value);

        Assert.Contains("Inboxes", error.Message);
    }
}

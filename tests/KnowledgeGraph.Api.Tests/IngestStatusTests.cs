using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Tests;

public sealed class IngestStatusTests
{
    [Fact]
    public async Task IngestStatus_NoWorkerInThisProcess_ReportsTheCheckpointTableAndNotRunning()
    {
        await using var api = await ApiApplication.StartAsync();
        // A worker elsewhere (another process) wrote this checkpoint: one file with a bad record at line 7.
        await using (var worker = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = api.DatabasePath }))
        {
            var at = DateTimeOffset.UnixEpoch;
            await worker.BeginInboxFileAsync("ab12", "papers.jsonl", 100, at);
            var problem = new ReadProblem(new SourceLocation("papers.jsonl", "jsonl", Line: 7, RecordNumber: 7), "title is missing");
            await worker.CommitInboxBatchAsync([], new InboxCheckpoint("ab12", 10, 9, 1, [problem], InboxFileStatus.Done, "processed/papers.jsonl", at));
        }

        var status = (await api.DataAsync(
            "{ ingestStatus { workerRunning inboxes currentFile filesDone filesInProgress filesQuarantined badRecords recentFiles { name status movedTo } recentErrors { file location message } lastAnalyticsRefresh { papers } } }"))["ingestStatus"]!;

        Assert.False((bool)status["workerRunning"]!);
        Assert.Empty(status["inboxes"]!.AsArray());
        Assert.Null(status["currentFile"]);
        Assert.Equal((1, 0, 0, 1), ((int)status["filesDone"]!, (int)status["filesInProgress"]!, (int)status["filesQuarantined"]!, (int)status["badRecords"]!));
        Assert.Equal("done", (string)status["recentFiles"]![0]!["status"]!);
        Assert.Equal("processed/papers.jsonl", (string)status["recentFiles"]![0]!["movedTo"]!);
        var error = status["recentErrors"]![0]!;
        Assert.Equal("papers.jsonl", (string)error["file"]!);
        Assert.Contains("papers.jsonl:7", (string)error["location"]!);
        Assert.Equal("title is missing", (string)error["message"]!);
        Assert.Null(status["lastAnalyticsRefresh"]);
    }
}

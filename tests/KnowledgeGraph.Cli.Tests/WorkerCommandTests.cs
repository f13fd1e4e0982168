using System.Text.Json;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Storage.Sqlite.Benchmarks;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg worker</c> as a real child process: signals, crashes and restarts.</summary>
public class WorkerCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");

    [Fact]
    public async Task Worker_SigtermAfterIngest_ExitsZeroWithThe68PapersStored()
    {
        using var dir = new TempFolder();
        var inbox = Directory.CreateDirectory(dir.File("inbox")).FullName;
        using var worker = RunningKg.Start(dir.Path, "worker", "--inbox", inbox, "--db", "kg.db", "--stable-seconds", "0.2", "--no-analytics");
        Drop(Sample, inbox);

        await PollAsync(() => File.Exists(Path.Combine(inbox, "processed", "trending-papers-page.txt")), worker);
        await worker.TerminateAsync();
        var exit = await worker.WaitForExitAsync(Patience);
        var stats = await KgProcess.RunAsync(dir.Path, "stats", "--format", "json", "--db", "kg.db");
        var status = await KgProcess.RunAsync(dir.Path, "status", "--format", "json", "--db", "kg.db");

        Assert.True(exit == 0, worker.Output);
        Assert.Equal(68, JsonDocument.Parse(stats.StdOut).RootElement.GetProperty("papers").GetInt32());
        var files = JsonDocument.Parse(status.StdOut).RootElement.GetProperty("files");
        Assert.Equal((1, 0), (files.GetProperty("done").GetInt32(), files.GetProperty("inProgress").GetInt32()));
    }

    [Fact]
    public async Task Worker_KilledWithSigkillMidIngestThenRestarted_EndsWithExactlyTheUninterruptedGraph()
    {
        using var dir = new TempFolder();
        var corpus = Path.Combine(Directory.CreateDirectory(dir.File("corpus")).FullName, "corpus.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticPapers.Generate(12_000, seed: 7, referencesPerRecord: 5).Select(p => PaperRecordJsonWriter.ToJsonLine(p.Record)));
        var expected = await KgProcess.RunAsync(dir.Path, "ingest", corpus, "--db", "expected.db", "--batch-size", "500");
        Assert.True(expected.ExitCode == 0, expected.StdErr);
        var inbox = Directory.CreateDirectory(dir.File("inbox")).FullName;
        string[] args = ["worker", "--inbox", inbox, "--db", "kg.db", "--batch-size", "500", "--stable-seconds", "0.2", "--no-analytics"];

        using (var first = RunningKg.Start(dir.Path, args))
        {
            Drop(corpus, inbox);
            await PollAsync(() => CommittedRecords(dir.File("kg.db")) >= 2_000, first);
            first.KillHard();
            await first.WaitForExitAsync(Patience);
        }
        var atKill = CommittedRecords(dir.File("kg.db"));
        Assert.True(File.Exists(Path.Combine(inbox, "corpus.jsonl")), "the half-processed file is still in the inbox");

        int exit;
        string output;
        using (var second = RunningKg.Start(dir.Path, args))
        {
            await PollAsync(() => File.Exists(Path.Combine(inbox, "processed", "corpus.jsonl")), second);
            await second.TerminateAsync();
            exit = await second.WaitForExitAsync(Patience);
            output = second.Output;
        }
        var want = await StatsAsync(dir.Path, "expected.db");
        var got = await StatsAsync(dir.Path, "kg.db");

        Assert.True(exit == 0, output);
        Assert.Contains("Resuming", output);
        Assert.True(atKill < 12_000, $"the kill landed after the end ({atKill} records committed)");
        Assert.Equal(12_000, CommittedRecords(dir.File("kg.db")));
        Assert.Equal(want.GetProperty("papers").GetInt32(), got.GetProperty("papers").GetInt32());
        Assert.Equal(want.GetProperty("stubPapers").GetInt32(), got.GetProperty("stubPapers").GetInt32());
        Assert.Equal(want.GetProperty("relationships").ToString(), got.GetProperty("relationships").ToString());
        Assert.Equal(want.ToString(), got.ToString());
    }

    private static void Drop(string source, string inbox)
    {
        var staged = Path.Combine(inbox, Path.GetFileName(source) + ".tmp");
        File.Copy(source, staged);
        File.Move(staged, Path.Combine(inbox, Path.GetFileName(source)));
    }

    private static async Task<JsonElement> StatsAsync(string dir, string db)
    {
        var stats = await KgProcess.RunAsync(dir, "stats", "--format", "json", "--db", db);
        return JsonDocument.Parse(stats.StdOut).RootElement;
    }

    /// <summary>Records the checkpoint table says are committed, read on a read-only connection while the worker writes.</summary>
    private static long CommittedRecords(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT coalesce(sum(records_committed), 0) FROM inbox_files";
            return Convert.ToInt64(command.ExecuteScalar());
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or the schema is being applied
        }
    }

    private static async Task PollAsync(Func<bool> condition, RunningKg process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (timeout.IsCancellationRequested) Assert.Fail("timed out; worker output:\n" + process.Output);
            await Task.Delay(100, CancellationToken.None);
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Benchmarks;
using KnowledgeGraph.Worker;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench worker</c>: papers/s through the inbox worker with linking (drop → checkpointed → moved out), against
/// <c>kg ingest</c> with linking of the same corpus measured in the same run, with peak memory.
/// </summary>
internal static class BenchWorkerCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "File or folder in any format (converted to JSON Lines first unless it is .jsonl); default: a generated corpus" };
        var records = new Option<int>("--records") { Description = "Records to generate when no --corpus is given", DefaultValueFactory = _ => 20_000 }.AtLeast(1);
        var batch = new Option<int>("--batch-size") { Description = "Records per transaction for both runs", DefaultValueFactory = _ => new InboxWorkerOptions().BatchSize }.AtLeast(1);
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("worker", """
            Measure the inbox worker: a JSON Lines corpus is dropped into the inbox of an in-process worker (linking on,
            analytics off) and timed from the drop until its checkpoint says done and the file moved out. Baseline: `kg ingest`
            with linking of the same file into a fresh database, in the same run. Prints papers/s of both, their ratio,
            the paper counts (they must match) and peak memory.

            Example: kg bench worker --corpus /work/shared/data/citation-networks/arxiv2023/raw --format json
            """);
        foreach (var option in new Option[] { corpus, records, batch, format }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var work = Path.Combine(Path.GetTempPath(), "kg-bench-worker-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                var convert = Stopwatch.StartNew();
                var file = await PrepareCorpusAsync(parse.GetValue(corpus), parse.GetValue(records), work, ct);
                convert.Stop();
                var batchSize = parse.GetValue(batch);
                var (baselineRecords, baselineSeconds, baselinePapers) = await IngestAsync(file, Path.Combine(work, "ingest.db"), batchSize, ct);
                var (workerRecords, workerSeconds, workerPapers) = await WorkerAsync(file, work, batchSize, ct);
                using var self = Process.GetCurrentProcess();
                var result = new
                {
                    corpus = parse.GetValue(corpus) ?? $"generated ({parse.GetValue(records):N0} records)",
                    records = baselineRecords,
                    convertSeconds = Math.Round(convert.Elapsed.TotalSeconds, 2),
                    ingest = new { seconds = Math.Round(baselineSeconds, 2), recordsPerSecond = Math.Round(baselineRecords / baselineSeconds), papers = baselinePapers },
                    worker = new { seconds = Math.Round(workerSeconds, 2), recordsPerSecond = Math.Round(workerRecords / workerSeconds), papers = workerPapers },
                    workerToIngestRatio = Math.Round(baselineSeconds / workerSeconds, 3),
                    samePaperCount = baselinePapers == workerPapers,
                    peakMemoryMiB = self.PeakWorkingSet64 / (1024 * 1024),
                };
                if (parse.GetValue(format) == "json")
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, Indented));
                }
                else
                {
                    Console.WriteLine($"corpus: {result.corpus}, {result.records:N0} records (converted to JSON Lines in {result.convertSeconds:F2} s)");
                    Console.WriteLine($"kg ingest, linking (baseline): {baselineSeconds,8:F2} s  {result.ingest.recordsPerSecond,10:N0} records/s  {baselinePapers:N0} papers");
                    Console.WriteLine($"inbox worker, linking:         {workerSeconds,8:F2} s  {result.worker.recordsPerSecond,10:N0} records/s  {workerPapers:N0} papers ({result.workerToIngestRatio:P0} of baseline speed)");
                    Console.WriteLine($"same paper count: {result.samePaperCount}; peak memory: {result.peakMemoryMiB:N0} MiB");
                }
                return result.samePaperCount ? 0 : 1;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static async Task<string> PrepareCorpusAsync(string? corpus, int records, string work, CancellationToken ct)
    {
        var target = Path.Combine(work, "corpus.jsonl");
        if (corpus is not null && File.Exists(corpus) && corpus.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return corpus;
        await using var writer = new StreamWriter(target);
        if (corpus is null)
        {
            foreach (var upsert in SyntheticPapers.Generate(records, 42, 5)) await writer.WriteLineAsync(PaperRecordJsonWriter.ToJsonLine(upsert.Record));
            return target;
        }
        var reader = PaperFileReader.CreateDefault();
        foreach (var file in PaperFileReader.ExpandPaths([corpus]))
        {
            await foreach (var outcome in reader.ReadFileAsync(file, ct))
            {
                if (outcome.Record is { } record && RecordValidator.Validate(record) is null) await writer.WriteLineAsync(PaperRecordJsonWriter.ToJsonLine(record));
            }
        }
        return target;
    }

    private static async Task<(long Records, double Seconds, long Papers)> IngestAsync(string file, string db, int batchSize, CancellationToken ct)
    {
        // The linker (vocabulary) loads before the clock starts, as the worker's does when it is built.
        var linker = PaperLinker.Create();
        var clock = Stopwatch.StartNew();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = db });
        await store.InitializeAsync(ct);
        var report = await new PaperIngestor(PaperFileReader.CreateDefault(), store, new IngestionOptions { BatchSize = batchSize }, linker.ToUpsert).IngestAsync([file], null, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        return (report.RecordsRead, seconds, (await store.GetStatsAsync(ct)).Nodes.GetValueOrDefault(Core.Model.NodeLabel.Paper));
    }

    private static async Task<(long Records, double Seconds, long Papers)> WorkerAsync(string file, string work, int batchSize, CancellationToken ct)
    {
        var inbox = Path.Combine(work, "inbox");
        Directory.CreateDirectory(inbox);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSqliteGraphStore(Path.Combine(work, "worker.db"));
        services.AddInboxWorker(o =>
        {
            o.Inboxes.Add(inbox);
            o.BatchSize = batchSize;
            o.Analytics = false;
            o.StableFor = TimeSpan.Zero;
            o.ScanInterval = TimeSpan.FromMilliseconds(200);
        });
        await using var provider = services.BuildServiceProvider();
        var worker = provider.GetServices<IHostedService>().Single();
        var status = provider.GetRequiredService<IIngestStatus>();
        // The linker is loaded when the worker is built, before the clock starts.
        await worker.StartAsync(ct);
        var staged = Path.Combine(work, "corpus.tmp");
        File.Copy(file, staged, overwrite: true);
        var clock = Stopwatch.StartNew();
        File.Move(staged, Path.Combine(inbox, "corpus.jsonl"));
        IngestStatusReport report;
        do
        {
            await Task.Delay(50, ct);
            report = await status.GetAsync(ct);
        }
        while (report.Stored.FilesDone + report.Stored.FilesQuarantined == 0 || File.Exists(Path.Combine(inbox, "corpus.jsonl")));
        var seconds = clock.Elapsed.TotalSeconds;
        await worker.StopAsync(ct);
        var store = provider.GetRequiredService<SqliteGraphStore>();
        return (report.Stored.RecordsCommitted, seconds, (await store.GetStatsAsync(ct)).Nodes.GetValueOrDefault(Core.Model.NodeLabel.Paper));
    }
}

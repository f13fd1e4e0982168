using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Benchmarks;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench ingest</c>: records/s for ingesting a corpus without linking, against a parse-only baseline measured in
/// the same run (how fast the reader alone goes), then with linking against that, with peak memory.
/// </summary>
internal static class BenchIngestCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var records = new Option<int>("--records") { Description = "How many synthetic records to generate", DefaultValueFactory = _ => 100_000 }.AtLeast(1);
        var references = new Option<int>("--references") { Description = "References per generated record (0 = metadata only)", DefaultValueFactory = _ => 5 }.AtLeast(0);
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 42 };
        var corpus = new Option<string?>("--corpus") { Description = "Ingest this file or folder (any format kg ingest reads) instead of a generated corpus" }.FileOrFolderMustExist();
        var corpusOut = new Option<FileInfo?>("--corpus-out") { Description = "Also keep the generated corpus in this file (bench/sqlite_floor.py reads it)" }.InExistingFolder();
        var withLinking = new Option<bool>("--with-linking") { Description = "Also measure ingestion with linking (slow)", DefaultValueFactory = _ => true };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("ingest", """
            Measure ingestion of a corpus into a fresh SQLite database: records/s of the full path (read +
            validate + resolve + upsert) against the reader alone, then the same with linking, and peak memory. The corpus is generated
            deterministically (title, ~120-word abstract, 3 authors, --references per record) unless --corpus names a file
            or folder in any format kg ingest reads.

            Examples: kg bench ingest --records 100000 --with-linking false --format json
                      kg bench ingest --corpus path/to/arxiv2023/raw   (linked against unlinked, same run)
            """);
        command.Options.Add(records);
        command.Options.Add(references);
        command.Options.Add(seed);
        command.Options.Add(corpus);
        command.Options.Add(corpusOut);
        command.Validators.Add(result =>
        {
            if (result.GetValue(corpus) is not null && result.GetValue(corpusOut) is not null)
            {
                result.AddError("--corpus-out keeps a generated corpus; with --corpus nothing is generated");
            }
        });
        command.Options.Add(withLinking);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var work = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                var file = parse.GetValue(corpus)
                    ?? await GenerateAsync(parse.GetValue(corpusOut)?.FullName ?? Path.Combine(work, "corpus.jsonl"), parse.GetValue(records), parse.GetValue(seed), parse.GetValue(references), ct);
                var result = await MeasureAsync(file, Path.Combine(work, "bench.db"), parse.GetValue(withLinking), ct);
                if (result.Records == 0)
                {
                    // a rate of nothing is no measurement: say so instead of printing NaN
                    Terminal.Error($"{file}: no paper record read, nothing to measure");
                    return 1;
                }
                Print(result, parse.GetValue(format) == "json");
                return 0;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private sealed record Result(
        string Corpus, long Records, double ParseSeconds, double IngestSeconds, double IngestCpuSeconds, GcSnapshot IngestGc, double LinkedSeconds, double LinkedCpuSeconds, long PeakMemoryBytes)
    {
        public double ParseRecordsPerSecond => Records / ParseSeconds;
        public double IngestRecordsPerSecond => Records / IngestSeconds;
        public double LinkedRecordsPerSecond => Records / LinkedSeconds;
    }

    private static async Task<string> GenerateAsync(string path, int count, int seed, int references, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path);
        foreach (var upsert in SyntheticPapers.Generate(count, seed, references))
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(PaperRecordJsonWriter.ToJsonLine(upsert.Record));
        }
        return path;
    }

    private static async Task<Result> MeasureAsync(string corpus, string db, bool withLinking, CancellationToken ct)
    {
        var reader = PaperFileReader.CreateDefault();

        // Baseline: the reader alone, so the ratio shows what resolution and storage add on top of parsing.
        var parse = Stopwatch.StartNew();
        long parsed = 0;
        // a folder (the arxiv-2023 node and edge tables) is read file by file, as kg ingest reads it
        foreach (var file in PaperFileReader.ExpandPaths([corpus]))
        {
            await foreach (var outcome in reader.ReadFileAsync(file, ct))
            {
                if (outcome.Record is not null) parsed++;
            }
        }
        parse.Stop();

        // CPU seconds as well as wall-clock: on a shared 2-core machine the wall-clock swings with other people's load.
        var cpuBefore = CpuSeconds();
        var gcBefore = GcSnapshot.Now();
        var (records, ingestSeconds) = await IngestAsync(reader, corpus, db, null, ct);
        var ingestCpuSeconds = CpuSeconds() - cpuBefore;
        var gc = GcSnapshot.Now() - gcBefore;
        var linkedSeconds = double.NaN;
        var linkedCpuSeconds = double.NaN;
        if (withLinking)
        {
            var linker = PaperLinker.Create();
            var linkedCpuBefore = CpuSeconds();
            (_, linkedSeconds) = await IngestAsync(reader, corpus, db + ".linked", linker.ToUpsert, ct);
            linkedCpuSeconds = CpuSeconds() - linkedCpuBefore;
        }

        if (records != parsed) Terminal.Error($"warning: parsed {parsed} records but ingested {records}");
        using var self = Process.GetCurrentProcess();
        return new Result(corpus, records, parse.Elapsed.TotalSeconds, ingestSeconds, ingestCpuSeconds, gc, linkedSeconds, linkedCpuSeconds, self.PeakWorkingSet64);
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static async Task<(long Records, double Seconds)> IngestAsync(
        PaperFileReader reader, string corpus, string db, Func<Core.Records.PaperRecord, Core.Storage.PaperUpsert>? link, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = db });
        await store.InitializeAsync(ct);
        var report = await new PaperIngestor(reader, store, new IngestionOptions { BulkLoad = true }, link: link).IngestAsync([corpus], null, ct);
        // Disposal checkpoints the WAL into the database: part of the cost of ingesting, so it is timed.
        await store.DisposeAsync();
        return (report.RecordsRead, clock.Elapsed.TotalSeconds);
    }

    private static void Print(Result r, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                records = r.Records,
                parseOnly = new { seconds = Math.Round(r.ParseSeconds, 3), recordsPerSecond = Math.Round(r.ParseRecordsPerSecond) },
                ingest = new
                {
                    seconds = Math.Round(r.IngestSeconds, 3),
                    cpuSeconds = Math.Round(r.IngestCpuSeconds, 3),
                    recordsPerSecond = Math.Round(r.IngestRecordsPerSecond),
                    gcPauseSeconds = Math.Round(r.IngestGc.Pause.TotalSeconds, 3),
                    gcCollections = new { gen0 = r.IngestGc.Gen0, gen1 = r.IngestGc.Gen1, gen2 = r.IngestGc.Gen2 },
                },
                ingestWithLinking = double.IsNaN(r.LinkedSeconds) ? null : new { seconds = Math.Round(r.LinkedSeconds, 3), cpuSeconds = Math.Round(r.LinkedCpuSeconds, 3), recordsPerSecond = Math.Round(r.LinkedRecordsPerSecond) },
                ingestToParseRatio = Math.Round(r.IngestRecordsPerSecond / r.ParseRecordsPerSecond, 3),
                linkedToUnlinkedRatio = double.IsNaN(r.LinkedSeconds) ? (double?)null : Math.Round(r.LinkedRecordsPerSecond / r.IngestRecordsPerSecond, 3),
                peakMemoryMiB = r.PeakMemoryBytes / (1024 * 1024),
            }, Indented));
            return;
        }
        Console.WriteLine($"corpus: {r.Records:N0} records");
        Console.WriteLine($"parse only (baseline): {r.ParseSeconds,8:F2} s  {r.ParseRecordsPerSecond,10:N0} records/s");
        Console.WriteLine($"ingest into SQLite:    {r.IngestSeconds,8:F2} s  {r.IngestRecordsPerSecond,10:N0} records/s  ({r.IngestRecordsPerSecond / r.ParseRecordsPerSecond:P0} of parse-only speed; {r.IngestCpuSeconds:F2} s CPU)");
        Console.WriteLine($"  GC during ingest:    {r.IngestGc.Pause.TotalSeconds,8:F2} s paused  ({r.IngestGc.Gen0} gen0, {r.IngestGc.Gen1} gen1, {r.IngestGc.Gen2} gen2 collections)");
        if (!double.IsNaN(r.LinkedSeconds)) Console.WriteLine($"ingest with linking:   {r.LinkedSeconds,8:F2} s  {r.LinkedRecordsPerSecond,10:N0} records/s  ({r.LinkedRecordsPerSecond / r.IngestRecordsPerSecond:P0} of unlinked speed; {r.LinkedCpuSeconds:F2} s CPU)");
        Console.WriteLine($"peak memory: {r.PeakMemoryBytes / (1024 * 1024):N0} MiB");
    }
}

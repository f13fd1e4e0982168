using System.Diagnostics;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Benchmarks;

/// <summary>
/// The ingest benchmark behind <c>kg bench ingest</c>: generates <c>N</c> synthetic records deterministically from a
/// seed (title, ~120-word abstract, 3 authors, 5 references), upserts them in batches into a fresh temporary database
/// and reports records per second. Generating the records is not timed.
/// </summary>
public static class StoreBenchmark
{
    /// <summary>Records per transaction in the benchmark, matching the ingestion default.</summary>
    public const int DefaultBatchSize = 2_000;

    /// <param name="records">How many records to generate and upsert.</param>
    /// <param name="seed">The generator seed; the same seed gives the same records.</param>
    /// <param name="batchSize">Records per transaction.</param>
    /// <param name="databasePath">The database to write; default a new file under the temp folder, deleted afterwards.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static async Task<StoreBenchmarkResult> RunIngestAsync(
        int records = 100_000,
        int seed = 42,
        int batchSize = DefaultBatchSize,
        string? databasePath = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var temporary = databasePath is null;
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"kg-bench-{Guid.NewGuid():N}.db");
        try
        {
            var summary = new UpsertSummary();
            var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = path });
            await store.InitializeAsync(cancellationToken);
            // Records are generated a batch at a time, as a reader would stream them, with the clocks stopped meanwhile.
            using var process = Process.GetCurrentProcess();
            var stopwatch = new Stopwatch();
            var cpu = TimeSpan.Zero;
            try
            {
                foreach (var chunk in SyntheticPapers.Generate(records, seed).Chunk(batchSize))
                {
                    process.Refresh();
                    var cpuStart = process.TotalProcessorTime;
                    stopwatch.Start();
                    summary += await store.UpsertPapersAsync(chunk, cancellationToken);
                    stopwatch.Stop();
                    process.Refresh();
                    cpu += process.TotalProcessorTime - cpuStart;
                }
            }
            finally
            {
                // Disposal checkpoints the WAL into the database file: part of the cost of ingesting, so it is timed.
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                stopwatch.Start();
                await store.DisposeAsync();
                stopwatch.Stop();
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuStart;
            }
            return new StoreBenchmarkResult(records, batchSize, stopwatch.Elapsed, cpu, summary, FileSize(path) + FileSize(path + "-wal"));
        }
        finally
        {
            if (temporary)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            }
        }
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}

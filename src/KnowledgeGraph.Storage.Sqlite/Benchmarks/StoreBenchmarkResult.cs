using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Benchmarks;

/// <summary>What one ingest benchmark run measured.</summary>
/// <param name="Records">Records upserted.</param>
/// <param name="BatchSize">Records per transaction.</param>
/// <param name="Elapsed">Wall-clock time of the upserts only (record generation is excluded).</param>
/// <param name="CpuTime">Processor time the process used during the upserts (all threads); on a busy machine it shows
/// what the run cost when the wall clock cannot.</param>
/// <param name="Summary">The store's summary over all batches.</param>
/// <param name="DatabaseBytes">Size of the database file (and its WAL) after the run.</param>
public sealed record StoreBenchmarkResult(int Records, int BatchSize, TimeSpan Elapsed, TimeSpan CpuTime, UpsertSummary Summary, long DatabaseBytes)
{
    /// <summary>Records per second over <see cref="Elapsed"/>.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : 0;

    /// <summary>Records per second of processor time: the rate one idle core would reach.</summary>
    public double RecordsPerCpuSecond => CpuTime.TotalSeconds > 0 ? Records / CpuTime.TotalSeconds : 0;
}

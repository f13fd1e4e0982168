using System.Diagnostics;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Reads files, links each record (when a linker is given) and upserts batches into the store.
/// A bad record is reported and skipped; a batch is one transaction, so a crash never leaves half a batch.
/// </summary>
public sealed class PaperIngestor
{
    private readonly PaperFileReader _reader;
    private readonly IGraphStore _store;
    private readonly IngestionOptions _options;
    private readonly Func<PaperRecord, PaperUpsert> _link;

    public PaperIngestor(PaperFileReader reader, IGraphStore store, IngestionOptions? options = null, Func<PaperRecord, PaperUpsert>? link = null)
    {
        _reader = reader;
        _store = store;
        _options = options ?? new IngestionOptions();
        _link = link ?? (r => new PaperUpsert(r));
    }

    public async Task<IngestionReport> IngestAsync(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var report = new IngestionReport();
        var stopwatch = Stopwatch.StartNew();
        var files = PaperFileReader.ExpandPaths(paths).ToList();
        var batch = new List<PaperUpsert>(_options.BatchSize);

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            report.TouchFile(file);
            await foreach (var outcome in _reader.ReadFileAsync(file, cancellationToken))
            {
                if (outcome.Problem is { } problem)
                {
                    report.AddProblem(problem);
                    continue;
                }

                var record = outcome.Record!;
                var problemText = RecordValidator.Validate(record);
                if (problemText is not null)
                {
                    report.AddProblem(new ReadProblem(record.Source, problemText));
                    continue;
                }

                report.RecordsRead++;
                report.CountRecord(file);
                batch.Add(_link(record));
                if (batch.Count >= _options.BatchSize)
                {
                    report.Store += await _store.UpsertPapersAsync(batch, cancellationToken);
                    batch.Clear();
                    progress?.Report(new IngestionProgress(file, i, files.Count, report.RecordsRead, report.Problems.Count));
                }
            }
            progress?.Report(new IngestionProgress(file, i + 1, files.Count, report.RecordsRead, report.Problems.Count));
        }

        if (batch.Count > 0)
        {
            report.Store += await _store.UpsertPapersAsync(batch, cancellationToken);
        }
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }
}

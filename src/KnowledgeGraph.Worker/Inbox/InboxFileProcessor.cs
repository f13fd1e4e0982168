using System.Threading.Channels;
using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Inbox;

/// <summary>
/// Takes one inbox file through the same pipeline as <c>kg ingest</c> (readers → validation → reference ids → linking
/// → store), with a checkpoint committed in the same transaction as every batch. The file is known by its SHA-256:
/// content seen before is not ingested again; a file interrupted half-way resumes after the last committed outcome
/// (the readers are deterministic, so outcome N is the same record on every read). Reading and linking run on one
/// task and store commits on another, as in <see cref="PaperIngestor"/>.
/// </summary>
internal sealed class InboxFileProcessor
{
    private readonly PaperFileReader _reader;
    private readonly IInboxCheckpointStore _checkpoints;
    private readonly InboxDisposition _disposition;
    private readonly Func<PaperRecord, PaperUpsert> _link;
    private readonly InboxWorkerOptions _options;
    private readonly IngestStatusTracker _tracker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public InboxFileProcessor(PaperFileReader reader, IInboxCheckpointStore checkpoints, Func<PaperRecord, PaperUpsert>? link,
        InboxWorkerOptions options, IngestStatusTracker tracker, TimeProvider time, ILogger logger)
    {
        _reader = reader;
        _checkpoints = checkpoints;
        _disposition = new InboxDisposition(checkpoints);
        _link = link ?? (r => new PaperUpsert(r));
        _options = options;
        _tracker = tracker;
        _time = time;
        _logger = logger;
    }

    public async Task<InboxFileResult> ProcessAsync(InboxCandidate candidate, CancellationToken stoppingToken)
    {
        var path = candidate.Path;
        var size = new FileInfo(path).Length;
        var sha = await FileHash.Sha256Async(path, stoppingToken);
        var file = await _checkpoints.GetInboxFileAsync(sha, stoppingToken);
        if (file is { Status: not InboxFileStatus.InProgress })
        {
            return await FinishAsync(candidate, file, alreadyIngested: !SameFileResumed(file, path), stoppingToken);
        }

        file ??= await _checkpoints.BeginInboxFileAsync(sha, Path.GetFileName(path), size, _time.GetUtcNow(), stoppingToken);
        WorkerLog.FileStarted(_logger, path, size, sha);
        if (file.Position > 0) WorkerLog.FileResumed(_logger, path, file.Position, file.RecordsCommitted);
        _tracker.StartFile(path, file.RecordsCommitted);
        try
        {
            await IngestAsync(candidate, file, stoppingToken);
        }
        finally
        {
            _tracker.EndFile();
        }
        var finished = await _checkpoints.GetInboxFileAsync(sha, CancellationToken.None)
            ?? throw new InvalidOperationException($"The checkpoint of {path} vanished.");
        return await FinishAsync(candidate, finished, alreadyIngested: false, stoppingToken);
    }

    /// <summary>Quarantines a file whose processing kept failing, with the failure as its reason.</summary>
    public async Task QuarantineAsync(InboxCandidate candidate, string reason, CancellationToken cancellationToken)
    {
        var path = candidate.Path;
        var sha = await FileHash.Sha256Async(path, cancellationToken);
        var now = _time.GetUtcNow();
        var file = await _checkpoints.BeginInboxFileAsync(sha, Path.GetFileName(path), new FileInfo(path).Length, now, cancellationToken);
        var problem = new ReadProblem(new SourceLocation(path, "unknown"), reason);
        var destination = InboxDisposition.Destination(candidate.Inbox, path, sha, InboxFileStatus.Quarantined);
        await _checkpoints.CommitInboxBatchAsync([], new InboxCheckpoint(sha, file.Position, 0, 1, [problem], InboxFileStatus.Quarantined, destination, now), CancellationToken.None);
        var finished = (await _checkpoints.GetInboxFileAsync(sha, CancellationToken.None))!;
        await FinishAsync(candidate, finished, alreadyIngested: false, cancellationToken);
    }

    /// <summary>A finished file still in the inbox under the name it was finished as is the same drop, not a second one (a crash came between commit and move).</summary>
    private static bool SameFileResumed(InboxFile file, string path) =>
        file.MovedTo is { } planned && Path.GetFileName(planned) == Path.GetFileName(path) && !File.Exists(planned);

    private async Task<InboxFileResult> FinishAsync(InboxCandidate candidate, InboxFile file, bool alreadyIngested, CancellationToken cancellationToken)
    {
        if (alreadyIngested)
        {
            // The same content again: nothing to ingest and nothing new to report.
            var duplicate = file with { Status = InboxFileStatus.Done, Problems = 0, MovedTo = null };
            var moved = await _disposition.CompleteAsync(candidate.Inbox, candidate.Path, duplicate, cancellationToken);
            WorkerLog.FileAlreadyIngested(_logger, candidate.Path, file.Sha256, moved);
            return InboxFileResult.AlreadyIngested;
        }
        var destination = await _disposition.CompleteAsync(candidate.Inbox, candidate.Path, file, cancellationToken);
        if (file.Status == InboxFileStatus.Quarantined)
        {
            WorkerLog.FileQuarantined(_logger, candidate.Path, file.Problems == 0 ? "no paper records in it" : $"{file.Problems} problem(s), no good record", destination);
            return InboxFileResult.Quarantined;
        }
        WorkerLog.FileDone(_logger, candidate.Path, file.RecordsCommitted, file.Problems, destination);
        return InboxFileResult.Ingested;
    }

    private async Task IngestAsync(InboxCandidate candidate, InboxFile file, CancellationToken stoppingToken)
    {
        // One batch in flight while the next is read and linked: both cores busy, memory bounded.
        var channel = Channel.CreateBounded<InboxBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var producer = Task.Run(() => ProduceAsync(candidate, file, channel.Writer, linked.Token), linked.Token);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(linked.Token))
            {
                // A batch that was read and linked commits even when a stop was asked for meanwhile: it is short,
                // and the checkpoint commits with it, so a stop never loses or repeats work.
                var summary = await _checkpoints.CommitInboxBatchAsync(batch.Papers, batch.Checkpoint, CancellationToken.None);
                _tracker.AddRecords(batch.Papers.Count);
                WorkerLog.BatchCommitted(_logger, candidate.Path, batch.Papers.Count, batch.Checkpoint.Position, summary.Added, summary.Updated, summary.Unchanged);
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        catch
        {
            await linked.CancelAsync();
            try { await producer; } catch (OperationCanceledException) { }
            throw;
        }
        await producer;
    }

    private async Task ProduceAsync(InboxCandidate candidate, InboxFile file, ChannelWriter<InboxBatch> writer, CancellationToken cancellationToken)
    {
        try
        {
            var path = candidate.Path;
            long position = 0;
            var recordsTotal = file.RecordsCommitted;
            var problemsTotal = file.Problems;
            var papers = new List<PaperUpsert>();
            var kept = new List<ReadProblem>();
            var problemCount = 0;

            await foreach (var outcome in _reader.ReadFileAsync(path, cancellationToken))
            {
                position++;
                if (position <= file.Position) continue; // committed before a restart
                var problem = outcome.Problem
                    ?? (RecordValidator.Validate(outcome.Record!) is { } text ? new ReadProblem(outcome.Record!.Source, text) : null);
                if (problem is null)
                {
                    papers.Add(LinkGuard.Link(_link, ReferenceIdEnricher.Enrich(outcome.Record!), out var linkFailure));
                    if (linkFailure is not null) WorkerLog.LinkingFailed(_logger, linkFailure.ToString());
                }
                else
                {
                    problemCount++;
                    var seen = problemsTotal + problemCount;
                    if (seen <= _options.ProblemsKeptPerFile) kept.Add(problem);
                    if (seen <= _options.ProblemsLoggedPerFile) WorkerLog.BadRecord(_logger, problem.ToString());
                }
                if (papers.Count + problemCount < _options.BatchSize) continue;
                await writer.WriteAsync(new InboxBatch(papers, new InboxCheckpoint(
                    file.Sha256, position, papers.Count, problemCount, kept, InboxFileStatus.InProgress, null, _time.GetUtcNow())), cancellationToken);
                recordsTotal += papers.Count;
                problemsTotal += problemCount;
                papers = [];
                kept = [];
                problemCount = 0;
            }

            // The last batch also says how the file ends: done when any record made it in, else quarantined.
            var status = recordsTotal + papers.Count > 0 ? InboxFileStatus.Done : InboxFileStatus.Quarantined;
            var destination = InboxDisposition.Destination(candidate.Inbox, path, file.Sha256, status);
            await writer.WriteAsync(new InboxBatch(papers, new InboxCheckpoint(
                file.Sha256, Math.Max(position, file.Position), papers.Count, problemCount, kept, status, destination, _time.GetUtcNow())), cancellationToken);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }
}

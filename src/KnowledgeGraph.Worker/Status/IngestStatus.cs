using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Worker.Inbox;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Status;

/// <summary>Joins the worker's live state with the checkpoint table.</summary>
internal sealed class IngestStatus(IngestStatusTracker tracker, IInboxCheckpointStore checkpoints, IOptions<InboxWorkerOptions> options) : IIngestStatus
{
    /// <summary>Recent files and recent errors listed.</summary>
    public const int Recent = 20;
    private readonly IngestStatusTracker _tracker = tracker;
    private readonly IInboxCheckpointStore _checkpoints = checkpoints;
    private readonly InboxWorkerOptions _options = options.Value;

    public async Task<IngestStatusReport> GetAsync(CancellationToken cancellationToken = default)
    {
        var stored = await _checkpoints.GetInboxStatusAsync(Recent, cancellationToken);
        var (running, file, records, pending) = _tracker.Read();
        return new IngestStatusReport(InboxFolder.From(_options).Select(i => i.Path).ToList(), running, file, records, pending, stored);
    }
}

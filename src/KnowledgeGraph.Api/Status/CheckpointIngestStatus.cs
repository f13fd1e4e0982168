using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Worker.Status;

namespace KnowledgeGraph.Api.Status;

/// <summary>
/// <c>ingestStatus</c> when no worker runs in this process (<c>kg serve --api-only</c>, a split deployment): what the
/// checkpoint table says, which a worker elsewhere keeps current; the live fields say "not running here".
/// </summary>
internal sealed class CheckpointIngestStatus(IInboxCheckpointStore checkpoints) : IIngestStatus
{
    private const int Recent = 20;
    private readonly IInboxCheckpointStore _checkpoints = checkpoints;

    public async Task<IngestStatusReport> GetAsync(CancellationToken cancellationToken = default) =>
        new([], Running: false, CurrentFile: null, CurrentFileRecords: 0, AnalyticsPending: false,
            await _checkpoints.GetInboxStatusAsync(Recent, cancellationToken));
}

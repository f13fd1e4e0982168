namespace KnowledgeGraph.Worker.Status;

/// <summary>What the inbox worker is doing and has done: the API shows it as <c>ingestStatus</c>.</summary>
public interface IIngestStatus
{
    Task<IngestStatusReport> GetAsync(CancellationToken cancellationToken = default);
}

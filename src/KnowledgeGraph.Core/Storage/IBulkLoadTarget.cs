namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// A store that can load many batches faster when told a large load is starting and when it ends. What it does in
/// between (deferring index maintenance, say) must leave exactly the graph the batches would have written anyway.
/// </summary>
public interface IBulkLoadTarget
{
    /// <summary>
    /// Starts a bulk load; disposing the result ends it (and may take a while: deferred work is done then). A store
    /// that sees no gain (it is not empty, another load is running) returns a scope that does nothing.
    /// </summary>
    Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken = default);
}

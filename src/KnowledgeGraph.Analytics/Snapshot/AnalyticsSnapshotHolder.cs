using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Analytics.Snapshot;

/// <summary>
/// Holds the current <see cref="AnalyticsSnapshot"/>. Readers take <see cref="Current"/> once per request and use
/// it without locks; a rebuild happens off to the side and is published with one atomic reference swap, so writers
/// never block readers and readers never see a half-built snapshot. Concurrent rebuilds are serialised.
/// </summary>
public sealed class AnalyticsSnapshotHolder : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private AnalyticsSnapshot? _current;

    public AnalyticsSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Publishes a snapshot; returns the one it replaced.</summary>
    public AnalyticsSnapshot? Publish(AnalyticsSnapshot snapshot) => Interlocked.Exchange(ref _current, snapshot);

    public async Task<AnalyticsSnapshot> RebuildAsync(IGraphSnapshotSource source, SnapshotOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var snapshot = await SnapshotBuilder.BuildAsync(source, options, cancellationToken);
            Publish(snapshot);
            return snapshot;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}

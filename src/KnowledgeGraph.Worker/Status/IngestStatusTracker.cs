namespace KnowledgeGraph.Worker.Status;

/// <summary>The worker's live state, written by the worker and read by <see cref="IngestStatus"/> from any thread.</summary>
internal sealed class IngestStatusTracker
{
    private readonly Lock _lock = new();
    private string? _currentFile;
    private long _currentRecords;
    private bool _running;
    private bool _analyticsPending;

    public (bool Running, string? File, long Records, bool AnalyticsPending) Read()
    {
        lock (_lock) return (_running, _currentFile, _currentRecords, _analyticsPending);
    }

    public void SetRunning(bool running)
    {
        lock (_lock) _running = running;
    }

    public void StartFile(string path, long recordsAlready)
    {
        lock (_lock)
        {
            _currentFile = path;
            _currentRecords = recordsAlready;
        }
    }

    public void AddRecords(long records)
    {
        lock (_lock) _currentRecords += records;
    }

    public void EndFile()
    {
        lock (_lock)
        {
            _currentFile = null;
            _currentRecords = 0;
        }
    }

    public void SetAnalyticsPending(bool pending)
    {
        lock (_lock) _analyticsPending = pending;
    }
}

using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker;

/// <summary>The worker's log lines, source-generated (no formatting cost when the level is off).</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Information, "Inbox worker watching {Inboxes}; processed files go to {Processed}, bad ones to {Quarantine}")]
    public static partial void Started(ILogger logger, string inboxes, string processed, string quarantine);

    [LoggerMessage(2, LogLevel.Information, "Ingesting {Path} ({Size} bytes, sha256 {Sha})")]
    public static partial void FileStarted(ILogger logger, string path, long size, string sha);

    [LoggerMessage(3, LogLevel.Information, "Resuming {Path} after {Position} committed outcomes ({Records} records already in the store)")]
    public static partial void FileResumed(ILogger logger, string path, long position, long records);

    [LoggerMessage(4, LogLevel.Information, "{Path}: committed {Records} records up to outcome {Position} ({Added} added, {Updated} updated, {Unchanged} unchanged)")]
    public static partial void BatchCommitted(ILogger logger, string path, int records, long position, int added, int updated, int unchanged);

    [LoggerMessage(5, LogLevel.Information, "Done {Path}: {Records} records, {Problems} bad records, moved to {Destination}")]
    public static partial void FileDone(ILogger logger, string path, long records, long problems, string destination);

    [LoggerMessage(6, LogLevel.Warning, "Quarantined {Path}: {Reason}; moved to {Destination} with an .error.txt beside it")]
    public static partial void FileQuarantined(ILogger logger, string path, string reason, string destination);

    [LoggerMessage(7, LogLevel.Information, "{Path} was ingested before (same content, sha256 {Sha}); moved to {Destination} without changes")]
    public static partial void FileAlreadyIngested(ILogger logger, string path, string sha, string destination);

    [LoggerMessage(8, LogLevel.Warning, "Bad record skipped: {Problem}")]
    public static partial void BadRecord(ILogger logger, string problem);

    [LoggerMessage(9, LogLevel.Error, "Processing {Path} failed (attempt {Attempt} of {MaxAttempts}); it stays in the inbox and is tried again")]
    public static partial void FileFailed(ILogger logger, Exception exception, string path, int attempt, int maxAttempts);

    [LoggerMessage(10, LogLevel.Information, "Analytics refreshed: {Papers} papers, {Communities} communities, projected in {ProjectSeconds:F2} s, written back in {WriteSeconds:F2} s")]
    public static partial void AnalyticsRefreshed(ILogger logger, int papers, int communities, double projectSeconds, double writeSeconds);

    [LoggerMessage(11, LogLevel.Error, "Analytics refresh failed; the previous snapshot stays published and the next change tries again")]
    public static partial void AnalyticsFailed(ILogger logger, Exception exception);

    [LoggerMessage(12, LogLevel.Information, "Inbox worker stopping: the batch in flight commits or rolls back, nothing else starts")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(13, LogLevel.Error, "Scanning the inboxes failed; trying again at the next scan")]
    public static partial void ScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Warning, "Record stored without links: {Problem}")]
    public static partial void LinkingFailed(ILogger logger, string problem);
}

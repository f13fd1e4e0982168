using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Worker;

/// <summary>
/// What the inbox worker watches and how it paces itself. Files are taken from the top level of each inbox only;
/// finished files move to <see cref="ProcessedFolder"/> (default <c>INBOX/processed/</c>) and bad ones to
/// <see cref="QuarantineFolder"/> (default <c>INBOX/quarantine/</c>). Both default to sub-folders of the inbox so a
/// move is a rename on the same file system (atomic), and the worker never reads them again.
/// </summary>
public sealed class InboxWorkerOptions
{
    /// <summary>Folders to watch (created when missing). At least one.</summary>
    public IList<string> Inboxes { get; set; } = [];

    /// <summary>Where ingested files go. Default null: <c>processed/</c> inside each inbox.</summary>
    public string? ProcessedFolder { get; set; }

    /// <summary>Where unreadable files go, each with <c>NAME.error.txt</c> beside it. Default null: <c>quarantine/</c> inside each inbox.</summary>
    public string? QuarantineFolder { get; set; }

    /// <summary>
    /// How often the inboxes are listed even without file-system events (network file systems do not raise them).
    /// Default 5 s.
    /// </summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A file is taken only after its size and modification time have not changed for this long, so a file still
    /// being copied in is left alone. Writers that create the file under a dot-name or with a <c>.tmp</c>/<c>.part</c>
    /// suffix and rename it when complete are never read early. Default 1 s.
    /// </summary>
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Records (good or bad) per store transaction, and so per checkpoint. Default 5,000.</summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 5_000;

    /// <summary>Link papers to methods, datasets, tasks, metrics, results and concepts. Default true.</summary>
    public bool Link { get; set; } = true;

    /// <summary>Extra vocabulary files or folders for linking, on top of the shipped one.</summary>
    public IList<string> VocabularyPaths { get; set; } = [];

    /// <summary>Refresh analytics (PageRank, communities, RELATED_TO) after new papers. Default true.</summary>
    public bool Analytics { get; set; } = true;

    /// <summary>Analytics refresh waits until no batch has committed for this long. Default 5 s.</summary>
    public TimeSpan AnalyticsDebounce { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>…but never longer than this after the first unrefreshed change, so a long ingest still refreshes. Default 5 min.</summary>
    public TimeSpan AnalyticsMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>RELATED_TO edges written per paper by a refresh. Default 10.</summary>
    [Range(0, 1000)]
    public int RelatedTop { get; set; } = 10;

    /// <summary>A file whose processing fails (not a bad record: an exception) this many times is quarantined. Default 3.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Bad records kept per file for its <c>.error.txt</c> and <c>kg status</c>; the rest are counted. Default 500.</summary>
    [Range(0, 1_000_000)]
    public int ProblemsKeptPerFile { get; set; } = 500;

    /// <summary>Bad records per file that are also logged one by one. Default 20.</summary>
    [Range(0, 10_000)]
    public int ProblemsLoggedPerFile { get; set; } = 20;
}

using System.CommandLine;
using KnowledgeGraph.Worker;

namespace KnowledgeGraph.Cli;

/// <summary>The inbox worker's command-line options, shared by <c>kg worker</c> and <c>kg serve</c> so they never drift.</summary>
internal sealed class WorkerCliOptions
{
    private static readonly InboxWorkerOptions Defaults = new();

    public WorkerCliOptions(bool inboxRequired, string inboxDescription)
    {
        Inbox = new Option<string[]>("--inbox") { Description = inboxDescription, Required = inboxRequired, AllowMultipleArgumentsPerToken = true };
    }

    public Option<string[]> Inbox { get; }

    public Option<string?> Quarantine { get; } = new("--quarantine") { Description = "Where bad files go, each with NAME.error.txt (default: INBOX/quarantine)" };

    public Option<string?> Processed { get; } = new("--processed") { Description = "Where ingested files go (default: INBOX/processed)" };

    public Option<int> BatchSize { get; } = new Option<int>("--batch-size")
    {
        Description = "Records per store transaction and checkpoint",
        DefaultValueFactory = _ => Defaults.BatchSize,
    }.AtLeast(1);

    public Option<double> ScanSeconds { get; } = new("--scan-seconds") { Description = "Seconds between inbox scans without file events", DefaultValueFactory = _ => Defaults.ScanInterval.TotalSeconds };

    public Option<double> StableSeconds { get; } = new("--stable-seconds") { Description = "Seconds a file must stay unchanged before it is read", DefaultValueFactory = _ => Defaults.StableFor.TotalSeconds };

    public Option<bool> NoLink { get; } = new("--no-link") { Description = "Skip linking papers to methods, datasets, tasks, metrics, results and concepts" };

    public Option<bool> NoAnalytics { get; } = new("--no-analytics") { Description = "Do not refresh analytics after new papers" };

    public Option<string[]> Vocabulary { get; } = new("--vocabulary") { Description = "Extra vocabulary files or folders", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Inbox, Quarantine, Processed, BatchSize, ScanSeconds, StableSeconds, NoLink, NoAnalytics, Vocabulary })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// Creates the inboxes and the processed / quarantine folders the command line names, before any host starts:
    /// false, with one error line naming the folder, when one cannot be made (a read-only or missing parent), instead
    /// of a worker that dies at start with a stack trace.
    /// </summary>
    public bool EnsureFolders(ParseResult parse, IEnumerable<string> inboxes)
    {
        foreach (var folder in inboxes.Append(parse.GetValue(Quarantine)).Append(parse.GetValue(Processed)))
        {
            if (string.IsNullOrWhiteSpace(folder)) continue;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Console.Error.WriteLine($"error: cannot use folder {folder}: {e.Message}");
                return false;
            }
        }
        return true;
    }

    /// <summary>Copies the parsed options into the worker's options; <paramref name="inboxes"/> are the folders to watch.</summary>
    public void Apply(ParseResult parse, InboxWorkerOptions options, IEnumerable<string> inboxes)
    {
        foreach (var folder in inboxes) options.Inboxes.Add(folder);
        options.QuarantineFolder = parse.GetValue(Quarantine);
        options.ProcessedFolder = parse.GetValue(Processed);
        options.BatchSize = parse.GetValue(BatchSize);
        options.ScanInterval = TimeSpan.FromSeconds(parse.GetValue(ScanSeconds));
        options.StableFor = TimeSpan.FromSeconds(parse.GetValue(StableSeconds));
        options.Link = !parse.GetValue(NoLink);
        options.Analytics = !parse.GetValue(NoAnalytics);
        foreach (var path in parse.GetValue(Vocabulary) ?? []) options.VocabularyPaths.Add(path);
    }
}

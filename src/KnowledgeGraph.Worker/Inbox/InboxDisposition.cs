using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Worker.Inbox;

/// <summary>
/// Moves a finished file out of its inbox: to the processed folder when any record was ingested, else to quarantine.
/// When the file had bad records (or none at all), <c>NAME.error.txt</c> is written beside the moved file saying what
/// and where (file:line). The move happens after the checkpoint that says "done" committed, so a crash in between
/// only means the next start finds a finished file still in the inbox and moves it then.
/// </summary>
internal sealed class InboxDisposition(IInboxCheckpointStore checkpoints)
{
    /// <summary>Bad records listed in one .error.txt (the count of the rest is given).</summary>
    private const int ProblemsListed = 10_000;
    private readonly IInboxCheckpointStore _checkpoints = checkpoints;

    /// <summary>
    /// Where the file will go: its own name in the target folder, or, when that is taken (the same name dropped
    /// again), the name prefixed with the first 12 hex digits of its hash (and a counter if even that is taken).
    /// </summary>
    public static string Destination(InboxFolder inbox, string path, string sha256, InboxFileStatus status)
    {
        var folder = status == InboxFileStatus.Quarantined ? inbox.Quarantine : inbox.Processed;
        var name = Path.GetFileName(path);
        var candidate = Path.Combine(folder, name);
        if (!File.Exists(candidate)) return candidate;
        candidate = Path.Combine(folder, $"{sha256[..12]}-{name}");
        for (var n = 2; File.Exists(candidate); n++) candidate = Path.Combine(folder, $"{sha256[..12]}-{n}-{name}");
        return candidate;
    }

    /// <summary>Writes the error report (when there is something to report) and moves the file; returns where it went.</summary>
    public async Task<string> CompleteAsync(InboxFolder inbox, string path, InboxFile file, CancellationToken cancellationToken)
    {
        var destination = file.MovedTo is { } planned && !File.Exists(planned) ? planned : Destination(inbox, path, file.Sha256, file.Status);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (file.Problems > 0 || file.Status == InboxFileStatus.Quarantined)
        {
            var problems = await _checkpoints.GetInboxProblemsAsync(file.Sha256, ProblemsListed, cancellationToken);
            await File.WriteAllTextAsync(destination + ".error.txt", ErrorReport(path, file, problems), new UTF8Encoding(false), cancellationToken);
        }
        File.Move(path, destination, overwrite: false);
        return destination;
    }

    internal static string ErrorReport(string path, InboxFile file, IReadOnlyList<InboxProblem> problems)
    {
        var text = new StringBuilder();
        var name = Path.GetFileName(path);
        var headline = file.Status == InboxFileStatus.Quarantined
            ? $"{name}: quarantined: {QuarantineReason(file)}"
            : string.Create(CultureInfo.InvariantCulture, $"{name}: ingested {file.RecordsCommitted:N0} record(s); skipped {file.Problems:N0} bad record(s) listed below");
        text.AppendLine(headline);
        text.AppendLine(CultureInfo.InvariantCulture, $"file: {path}");
        text.AppendLine(CultureInfo.InvariantCulture, $"sha256: {file.Sha256}");
        text.AppendLine(CultureInfo.InvariantCulture, $"size: {file.Size:N0} bytes; first seen {file.FirstSeen:O}");
        text.AppendLine();
        foreach (var problem in problems) text.AppendLine(problem.ToString());
        if (file.Problems > problems.Count)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"… and {file.Problems - problems.Count:N0} more bad record(s) not listed");
        }
        return text.ToString();
    }

    private static string QuarantineReason(InboxFile file) => file.Problems switch
    {
        0 => "the file holds no paper records",
        1 => "no paper record could be read; the problem is below",
        _ => string.Create(CultureInfo.InvariantCulture, $"no paper record could be read; all {file.Problems:N0} problems are below (or counted)"),
    };
}

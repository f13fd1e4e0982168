namespace KnowledgeGraph.Worker.Inbox;

/// <summary>One watched inbox with the folders its finished and quarantined files move to (all full paths).</summary>
public sealed record InboxFolder(string Path, string Processed, string Quarantine)
{
    public static IReadOnlyList<InboxFolder> From(InboxWorkerOptions options) =>
        options.Inboxes.Select(inbox =>
        {
            var path = System.IO.Path.GetFullPath(inbox);
            return new InboxFolder(
                path,
                System.IO.Path.GetFullPath(options.ProcessedFolder ?? System.IO.Path.Combine(path, "processed")),
                System.IO.Path.GetFullPath(options.QuarantineFolder ?? System.IO.Path.Combine(path, "quarantine")));
        }).ToList();
}

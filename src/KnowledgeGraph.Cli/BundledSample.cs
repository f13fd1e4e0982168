using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The trending-papers page shipped next to kg.dll. On the first start of <c>kg serve</c> (no papers and no inbox file
/// ever seen) it is dropped into the inbox, so the worker ingests, links and analyzes it like any other file: a fresh
/// clone gets a working graph in one step, the checkpoint table records it, and later starts leave it alone.
/// </summary>
internal static class BundledSample
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");

    /// <summary>Drops the sample into <paramref name="inbox"/> when the store is fresh; returns where it went, or null.</summary>
    public static async Task<string?> DropIfFirstStartAsync(IGraphStore store, IInboxCheckpointStore checkpoints, string inbox, CancellationToken cancellationToken)
    {
        var inboxStatus = await checkpoints.GetInboxStatusAsync(0, cancellationToken);
        if (inboxStatus.FilesDone + inboxStatus.FilesInProgress + inboxStatus.FilesQuarantined > 0) return null;
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Nodes.GetValueOrDefault(NodeLabel.Paper) > 0 || stats.StubPapers > 0) return null;

        Directory.CreateDirectory(inbox);
        var target = Path.Combine(inbox, Path.GetFileName(FilePath));
        if (File.Exists(target)) return target; // dropped by a start that stopped before the worker took it
        // Staged under a name the worker never reads, then renamed in: the worker sees the whole file or nothing.
        var staged = target + ".tmp";
        File.Copy(FilePath, staged, overwrite: true);
        File.Move(staged, target);
        return target;
    }
}

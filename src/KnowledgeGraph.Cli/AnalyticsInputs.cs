using System.CommandLine;
using KnowledgeGraph.Analytics.Datasets;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Cli;

/// <summary>Where analytics commands get their graph: the arxiv-2023 data set folder, or the store.</summary>
internal static class AnalyticsInputs
{
    public static Option<DirectoryInfo?> Arxiv2023Option() => new("--arxiv2023")
    {
        Description = "Read the arxiv-2023 data set folder (raw/ids.csv.gz, titles.csv.gz, edges.csv.gz) instead of the store",
    };

    /// <summary>The inputs, or null after printing why they are not available.</summary>
    public static async Task<SnapshotInput?> LoadAsync(ParseResult parse, Option<DirectoryInfo?> arxiv2023, CancellationToken ct)
    {
        if (parse.GetValue(arxiv2023) is { } folder)
        {
            if (!folder.Exists)
            {
                await Console.Error.WriteLineAsync($"error: folder not found: {folder.FullName}");
                return null;
            }
            return Arxiv2023Dataset.Load(folder.FullName);
        }
        await using var store = await StoreFactory.OpenAsync(parse, ct);
        if (store is not IGraphSnapshotSource source)
        {
            await Console.Error.WriteLineAsync("error: this store cannot feed analytics yet (it does not implement IGraphSnapshotSource); use --arxiv2023 DIR");
            return null;
        }
        return await SnapshotBuilder.ReadAsync(source, ct);
    }
}

using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Tests;

/// <summary>Paths to the copied sample files (see data/SOURCES.md) and helpers to read them.</summary>
internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>Reads a file with one reader directly (no sniffing, no decompression).</summary>
    public static async Task<List<ReadOutcome>> ReadAsync(IPaperReader reader, params string[] parts)
    {
        var path = Path(parts);
        await using var stream = File.OpenRead(path);
        return await CollectAsync(reader.ReadAsync(stream, path, CancellationToken.None));
    }

    /// <summary>Reads a file through <see cref="PaperFileReader"/> with every built-in reader.</summary>
    public static Task<List<ReadOutcome>> ReadFileAsync(params string[] parts) =>
        CollectAsync(PaperFileReader.CreateDefault().ReadFileAsync(Path(parts)));

    public static async Task<List<ReadOutcome>> CollectAsync(IAsyncEnumerable<ReadOutcome> outcomes)
    {
        var list = new List<ReadOutcome>();
        await foreach (var outcome in outcomes) list.Add(outcome);
        return list;
    }

    public static List<PaperRecord> Records(this IEnumerable<ReadOutcome> outcomes) =>
        outcomes.Where(o => o.Record is not null).Select(o => o.Record!).ToList();

    public static List<ReadProblem> Problems(this IEnumerable<ReadOutcome> outcomes) =>
        outcomes.Where(o => o.Problem is not null).Select(o => o.Problem!).ToList();
}

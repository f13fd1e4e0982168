using System.Globalization;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Analytics.Benchmarks;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench analytics --edges FILE</c>: times PageRank, WCC, BFS and Louvain on an edge list.</summary>
internal static class BenchAnalyticsCommand
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var edges = new Option<FileInfo>("--edges")
        {
            Description = "Edge list: 'src dst' per line (space, tab or comma; .gz and .jlg accepted)",
            Required = true,
        }.MustExist();
        var format = CommonOptions.Format("text", "text", "json");
        var threads = new Option<int>("--threads") { Description = "Threads for PageRank (default 2)", DefaultValueFactory = _ => 2 };
        var repeats = new Option<int>("--repeats") { Description = "Runs of PageRank, WCC and BFS; the best counts (default 3; PageRank also repeats until 8 s have passed, at most 50 runs)", DefaultValueFactory = _ => 3 };
        var membershipOut = new Option<FileInfo?>("--membership-out") { Description = "Write the Louvain community of every vertex, one per line" }.InExistingFolder();
        var pageRankOut = new Option<FileInfo?>("--pagerank-out") { Description = "Write every vertex's PageRank from an extra, untimed run to an L1 change of 1e-10, one per line (for comparison with an exact solver)" }.InExistingFolder();
        var command = new Command("analytics", """
            Time PageRank (L1 change 1e-6, damping 0.85), weakly connected components, one undirected BFS and Louvain
            communities on an edge list, and report peak memory. bench/igraph_compare.py runs igraph on the same file.

            Example: kg bench analytics --edges /data/arxiv-cit-hep-ph.jlg --format json
            """);
        command.Options.Add(edges);
        command.Options.Add(format);
        command.Options.Add(threads);
        command.Options.Add(repeats);
        command.Options.Add(membershipOut);
        command.Options.Add(pageRankOut);
        command.SetAction((parse, ct) =>
        {
            var json = parse.GetValue(format) == "json";
            var clock = Stopwatch.StartNew();
            var list = EdgeListReader.Read(parse.GetValue(edges)!.FullName);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            Action<string>? progress = json ? null : Console.WriteLine;
            progress?.Invoke($"read {list.Count:N0} edges over {list.NodeCount:N0} vertices in {loadSeconds:0.00} s");
            var membershipFile = parse.GetValue(membershipOut);
            var pageRankFile = parse.GetValue(pageRankOut);
            var report = AnalyticsBenchmark.Run(list, loadSeconds, Math.Max(1, parse.GetValue(threads)), Math.Max(1, parse.GetValue(repeats)),
                membershipFile is null ? null : m => File.WriteAllLines(membershipFile.FullName, m.Select(c => c.ToString(CultureInfo.InvariantCulture))), progress,
                pageRankFile is null ? null : scores => File.WriteAllLines(pageRankFile.FullName, scores.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                Console.WriteLine($"pagerank  {report.PageRank.Seconds,8:0.000} s  {report.PageRank.Iterations} iterations, {report.PageRank.MillisecondsPerIteration:0.00} ms/iteration "
                    + $"(layout {report.PageRank.PreparationSeconds:0.000} s; {BlockedShare(report)}; plain pull in the same run {report.PageRank.PlainPullMillisecondsPerIteration:0.00} ms/iteration)");
                Console.WriteLine($"          bandwidth bound at {report.PageRank.MeasuredReadBandwidthGBps:0.0} GB/s: {report.PageRank.GatherBoundMillisecondsPerIteration:0.00} ms with each edge's gather "
                    + $"(ratio {report.PageRank.RatioToGatherBound:0.00}), {report.PageRank.BandwidthBoundMillisecondsPerIteration:0.00} ms streamed only (ratio {report.PageRank.RatioToBandwidthBound:0.00})");
                Console.WriteLine($"wcc       {report.Wcc.Seconds,8:0.000} s  {report.Wcc.Components:N0} components, largest {report.Wcc.Largest:N0}");
                Console.WriteLine($"bfs       {report.Bfs.Seconds,8:0.000} s  {report.Bfs.Reached:N0} reached from {report.Bfs.Source}");
                Console.WriteLine($"louvain   {report.Communities.Seconds,8:0.000} s  {report.Communities.Count:N0} communities, modularity {report.Communities.Modularity:0.0000}");
                Console.WriteLine($"peak memory {report.PeakMemoryMiB:0} MiB (projection {report.ProjectionMiB:0} MiB)");
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static string BlockedShare(AnalyticsBenchmarkReport report) => report.PageRank.BlockedEdges == 0
        ? "no hot blocks"
        : $"{100.0 * report.PageRank.BlockedEdges / report.Edges:0}% of edges in hot blocks";
}

using System.CommandLine;
using KnowledgeGraph.Analytics.Refresh;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg analyze</c>: projects the stored graph, runs PageRank, components, communities and related-paper
/// recommendations, and writes the results back to the store (paper properties, community labels, RELATED_TO edges).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var top = CommonOptions.Top(10, "RELATED_TO edges written per paper (0 = none)", min: 0);
        var command = new Command("analyze", """
            Rank, cluster and recommend over the stored graph and write the results back: pagerank, community and
            citationCount on every paper, community labels, and each paper's top related papers as RELATED_TO edges
            with score and reasons (so Neo4j and GraphQL clients see them too).

            Example: kg analyze --top 10
            """);
        command.Options.Add(top);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, ct);
            if (store is not (IGraphSnapshotSource source and IAnalyticsResultStore results))
            {
                Terminal.Error($"error: {StoreFactory.Describe(parse)} cannot run analytics (it does not implement IGraphSnapshotSource and IAnalyticsResultStore)");
                return 2;
            }
            using var holder = new AnalyticsSnapshotHolder();
            var refresher = new AnalyticsRefresher(source, results, holder, new AnalyticsRefreshOptions { RelatedTop = parse.GetValue(top) });
            var result = await refresher.RefreshAsync(ct);
            // Recorded where the worker records its own refreshes, so kg status and GraphQL ingestStatus show it too.
            if (store is IInboxCheckpointStore checkpoints)
            {
                await checkpoints.RecordAnalyticsRefreshAsync(
                    new AnalyticsRefreshRecord(DateTimeOffset.UtcNow, result.Papers, result.Communities, result.Total.TotalSeconds), ct);
            }
            Console.WriteLine(
                $"analyzed {result.Papers:N0} papers: projected in {result.ProjectTime.TotalSeconds:F2} s, " +
                $"{result.Communities:N0} communities, results written back in {result.WriteBackTime.TotalSeconds:F2} s");
            return 0;
        });
        return command;
    }
}

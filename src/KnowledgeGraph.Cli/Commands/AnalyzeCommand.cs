using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Analytics.Export;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Storage.Sqlite;

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
            var clock = Stopwatch.StartNew();
            await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = parse.GetValue(CommonOptions.Database)! });
            await store.InitializeAsync(ct);
            var snapshot = SnapshotBuilder.Build(await SnapshotBuilder.ReadAsync(store, ct));
            var projected = clock.Elapsed;
            var recommender = new RelatedPaperRecommender(snapshot);
            await AnalyticsWriteBack.WriteAsync(snapshot, recommender, new StoreAnalyticsSink(store), parse.GetValue(top), cancellationToken: ct);
            Console.WriteLine(
                $"analyzed {snapshot.PaperCount:N0} papers: projected in {projected.TotalSeconds:F2} s, " +
                $"{snapshot.CommunityLabels.Count:N0} communities, results written back in {(clock.Elapsed - projected).TotalSeconds:F2} s");
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Api.Benchmarks;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench api</c>: GraphQL over HTTP against the same read-model calls without HTTP, same run, same database.</summary>
internal static class BenchApiCommand
{
    public static Command Create()
    {
        var requests = new Option<int>("--requests") { Description = "Requests per scenario and concurrency (default 2000)", DefaultValueFactory = _ => 2000 }.AtLeast(10);
        var format = CommonOptions.Format("text", "text", "json");
        var noCache = new Option<bool>("--no-cache") { Description = "Turn off the query-document and paper-page caches (API and baseline): every search runs its SQL" };
        var command = new Command("api", """
            Latency (p50/p99) and throughput of the GraphQL API through in-process Kestrel on loopback and HttpClient, for
            (a) a search page of 20 and (b) one paper with its entities and 10 related papers, at concurrency 1 and 32.
            The baseline is the same read-model calls without HTTP and GraphQL, measured in the same run; peak memory is the
            process's peak working set. Run `kg analyze` first so related papers exist. The search terms repeat, so with the
            caches on (the default, as `kg serve` runs) most searches are answered from the paper-page cache; --no-cache
            measures every search running its SQL.

            Example: kg bench api --db /tmp/api-bench.db --requests 2000
            """);
        command.Options.Add(requests);
        command.Options.Add(format);
        command.Options.Add(noCache);
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(CommonOptions.Database)!;
            if (!File.Exists(db))
            {
                await Console.Error.WriteLineAsync($"error: database not found: {db}");
                return 2;
            }
            var report = await ApiBenchmark.RunAsync(db, parse.GetValue(requests), [1, 32], caches: !parse.GetValue(noCache), ct);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(report, BenchAnalyticsCommand.Json));
                return 0;
            }
            Console.WriteLine($"GraphQL API on {db} ({report.Cores} cores; caches {(report.Caches ? "on" : "off")}; load average {report.LoadAverageBefore} before, {report.LoadAverageAfter} after)");
            Console.WriteLine("scenario                        conc  api p50 ms  api p99 ms  api req/s   base p50 ms  base req/s  p50 ratio  req/s ratio");
            foreach (var s in report.Scenarios)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Scenario,-31} {s.Concurrency,4} {s.Api.P50,11:0.00} {s.Api.P99,11:0.00} {s.Api.Throughput,10:0} {s.Baseline.P50,13:0.000} {s.Baseline.Throughput,11:0} {s.P50Ratio,9:0.0}x {s.ThroughputRatio,11:0.00}"));
            }
            Console.WriteLine($"peak working set: {report.PeakWorkingSetBytes / (1024.0 * 1024):0} MiB");
            return 0;
        });
        return command;
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Storage.ReadModel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// Load on the API through real HTTP (in-process Kestrel on loopback, HttpClient) for two requests — (a) a search page
/// of 20, (b) one paper with its entities and 10 related papers — at concurrency 1 and 32, against a baseline of the
/// same read-model calls without HTTP and GraphQL, measured in the same run on the same database.
/// </summary>
public static class ApiBenchmark
{
    public const string SearchQuery =
        "query($q: String!) { papers(search: $q, first: 20) { totalCount edges { cursor node { id title year pagerank citationCount } } pageInfo { hasNextPage endCursor } } }";

    public const string PaperQuery =
        "query($id: ID!) { paper(id: $id) { id title abstract year pagerank citationCount "
        + "methods { name evidence confidence } datasets { name evidence confidence } tasks { name confidence } concepts { name confidence } "
        + "related(first: 10) { score reasons paper { id title year } } } }";

    private static readonly string[] SearchTerms =
        ["graph neural network", "language model", "reinforcement learning", "convolutional", "attention", "adversarial", "transformer", "clustering",
         "node classification", "contrastive", "diffusion", "knowledge graph", "segmentation", "federated", "optimization", "embedding"];

    public static async Task<ApiBenchmarkReport> RunAsync(string databasePath, int requests, IReadOnlyList<int> concurrencies, CancellationToken cancellationToken) =>
        await RunAsync(databasePath, requests, concurrencies, caches: true, cancellationToken);

    /// <summary>
    /// Like <see cref="RunAsync(string, int, IReadOnlyList{int}, CancellationToken)"/>; <paramref name="caches"/> false turns off
    /// the document cache and the paper-page cache in the API and in the baseline, so every search runs its SQL.
    /// </summary>
    public static async Task<ApiBenchmarkReport> RunAsync(string databasePath, int requests, IReadOnlyList<int> concurrencies, bool caches, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        await using var app = KnowledgeGraphApiHost.Build("http://127.0.0.1:0", o =>
        {
            o.DatabasePath = databasePath;
            if (!caches)
            {
                o.DocumentCacheEntries = 0;
                o.PaperPageCacheEntries = 0;
            }
        }, LogLevel.Warning);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var readModel = app.Services.GetRequiredService<IGraphReadModel>();
        var paperIds = (await readModel.GetTopPapersAsync(PaperRanking.PageRank, 200, cancellationToken)).Select(p => p.Id).ToArray();
        if (paperIds.Length == 0) throw new InvalidOperationException($"{databasePath} has no papers; ingest (and analyze) first.");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(address),
        };
        var scenarios = new List<ApiScenarioResult>();
        foreach (var (name, query, keys, baseline) in new (string, string, string[], Func<string, CancellationToken, Task>)[]
        {
            ("search page of 20", SearchQuery, SearchTerms, (q, ct) => readModel.GetPapersAsync(new PaperQuery { Search = q, Page = new PageRequest(20) }, ct)),
            ("paper + entities + 10 related", PaperQuery, paperIds, (id, ct) => PaperBaselineAsync(readModel, id, ct)),
        })
        {
            var variable = query.Contains("$q", StringComparison.Ordinal) ? "q" : "id";
            Func<int, CancellationToken, Task> viaHttp = (i, ct) => PostAsync(http, query, variable, keys[i % keys.Length], ct);
            Func<int, CancellationToken, Task> direct = (i, ct) => baseline(keys[i % keys.Length], ct);
            await LoadAsync(viaHttp, Math.Max(50, requests / 10), 4, cancellationToken); // warm up JIT, pools and caches
            await LoadAsync(direct, Math.Max(50, requests / 10), 4, cancellationToken);
            foreach (var concurrency in concurrencies)
            {
                var api = await LoadAsync(viaHttp, requests, concurrency, cancellationToken);
                var direct1 = await LoadAsync(direct, requests, concurrency, cancellationToken);
                scenarios.Add(new ApiScenarioResult(name, concurrency, requests, api, direct1));
            }
        }
        await app.StopAsync(cancellationToken);
        using var process = Process.GetCurrentProcess();
        return new ApiBenchmarkReport(scenarios, process.PeakWorkingSet64, Environment.ProcessorCount, caches, loadBefore, LoadAverage());
    }

    /// <summary>The 1/5/15-minute load averages (Linux), so a reader can tell a busy machine's numbers from an idle one's.</summary>
    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', fields.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>What the paper query needs, called straight on the read model: resolve, paper, links, related, related papers.</summary>
    private static async Task PaperBaselineAsync(IGraphReadModel readModel, string id, CancellationToken ct)
    {
        var resolved = await readModel.ResolvePaperIdAsync(id, ct) ?? id;
        string[] ids = [resolved];
        await readModel.GetPapersByIdsAsync(ids, ct);
        await readModel.GetEntityLinksAsync(ids, ct);
        var related = await readModel.GetRelatedAsync(ids, 10, ct);
        await readModel.GetPapersByIdsAsync(related.GetValueOrDefault(resolved, []).Select(r => r.ToId).ToList(), ct);
    }

    private static async Task PostAsync(HttpClient http, string query, string variable, string value, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { query, variables = new Dictionary<string, string> { [variable] = value } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        }
    }

    /// <summary>Runs <paramref name="requests"/> calls on <paramref name="concurrency"/> workers; per-call latency and wall-clock throughput.</summary>
    private static async Task<LatencySummary> LoadAsync(Func<int, CancellationToken, Task> call, int requests, int concurrency, CancellationToken ct)
    {
        var latencies = new double[requests];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                await call(i, ct);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers);
        var wall = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new LatencySummary(Percentile(latencies, 0.50), Percentile(latencies, 0.99), requests / wall);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Latency percentiles (ms) and throughput (requests per second) of one load run.</summary>
public sealed record LatencySummary(double P50, double P99, double Throughput);

/// <summary>One scenario at one concurrency: through the API and the read-model baseline.</summary>
public sealed record ApiScenarioResult(string Scenario, int Concurrency, int Requests, LatencySummary Api, LatencySummary Baseline)
{
    /// <summary>How many times slower the API's median is than the baseline's.</summary>
    public double P50Ratio => Baseline.P50 > 0 ? Api.P50 / Baseline.P50 : double.NaN;

    /// <summary>API throughput as a fraction of the baseline's.</summary>
    public double ThroughputRatio => Baseline.Throughput > 0 ? Api.Throughput / Baseline.Throughput : double.NaN;
}

/// <summary>
/// The whole benchmark: every scenario, the process's peak working set, the cores it had, whether the caches were on,
/// and the machine's load averages before and after.
/// </summary>
public sealed record ApiBenchmarkReport(
    IReadOnlyList<ApiScenarioResult> Scenarios, long PeakWorkingSetBytes, int Cores, bool Caches, string LoadAverageBefore, string LoadAverageAfter);

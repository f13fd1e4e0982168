using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg serve</c>: the GraphQL API, its query console and the inbox worker in one process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (default {KnowledgeGraphApiHost.DefaultUrls}: loopback only; port 0 picks a free one)",
            DefaultValueFactory = _ => KnowledgeGraphApiHost.DefaultUrls,
        };
        urls.Validators.Add(result =>
        {
            foreach (var url in (result.GetValueOrDefault<string>() ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!IsListenUrl(url)) result.AddError($"--urls: '{url}' is not an http:// or https:// address (e.g. http://127.0.0.1:5080)");
            }
        });
        var worker = new WorkerCliOptions(inboxRequired: false, "Inbox folder to watch (repeatable; created when missing; default: inbox/ beside the database, data/inbox)");
        var apiOnly = new Option<bool>("--api-only") { Description = "Serve the API only (a worker runs elsewhere); ingestStatus reads the checkpoint table" };
        var workerOnly = new Option<bool>("--worker-only") { Description = "Run the inbox worker only; nothing listens" };
        var noSample = new Option<bool>("--no-sample") { Description = "Do not ingest the bundled sample on the first start with an empty database" };
        var command = new Command("serve", $"""
            Serve the graph and keep it current, in one process: the GraphQL API at POST /graphql (and GET for queries),
            a query console at GET /graphql in a browser, and the inbox worker (see `kg worker`) watching --inbox, by
            default inbox/ beside the database (data/inbox). On the first start with an empty database the bundled
            sample (68 papers from a trending-papers page) is dropped into the inbox and ingested, linked and analyzed;
            --no-sample skips that. The ingest mutation needs the {KnowledgeGraphApiOptions.ApiKeyHeader} header matching
            ${KnowledgeGraphApiOptions.ApiKeyEnvironmentVariable}. Stops on Ctrl-C / SIGTERM: the worker's batch in flight
            commits or rolls back, exit code 0.

            With --store neo4j the graph, the worker's checkpoint and every API read live in the Neo4j named by
            KG_NEO4J_URI (KG_NEO4J_USER, KG_NEO4J_PASSWORD, KG_NEO4J_DATABASE); the inbox defaults to data/inbox.

            Example: kg serve --db data/kg.db --urls http://127.0.0.1:5080 --inbox data/inbox
                     kg serve --store neo4j --inbox data/inbox
            """);
        command.Options.Add(urls);
        worker.AddTo(command);
        command.Options.Add(apiOnly);
        command.Options.Add(workerOnly);
        command.Options.Add(noSample);
        command.Validators.Add(result =>
        {
            if (result.GetValue(apiOnly) && result.GetValue(workerOnly)) result.AddError("--api-only and --worker-only exclude each other");
        });
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(CommonOptions.Database)!;
            var inboxes = parse.GetValue(worker.Inbox) is { Length: > 0 } given ? given : [ServeSettings.DefaultInbox(db)];
            if (!parse.GetValue(apiOnly) && !worker.EnsureFolders(parse, inboxes)) return 2;
            var settings = new ServeSettings(db, parse.GetValue(urls)!, Api: !parse.GetValue(workerOnly), Worker: !parse.GetValue(apiOnly),
                o => worker.Apply(parse, o, inboxes)) { Store = parse.GetValue(CommonOptions.Store)! };
            using var host = ServeHost.Build(settings);
            // An unreachable store fails here, in one line (exit 2), before anything listens.
            var store = host.Services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(ct);
            return await HostExit.RunAsync(async () =>
            {
                string? sample = null;
                if (settings.Worker && !parse.GetValue(noSample))
                {
                    sample = await BundledSample.DropIfFirstStartAsync(store, host.Services.GetRequiredService<IInboxCheckpointStore>(), inboxes[0], ct);
                }
                await host.StartAsync(ct);
                PrintStarted(host, StoreFactory.Describe(parse), settings, inboxes, sample);
                await host.WaitForShutdownAsync(ct);
            }, ct);
        });
        return command;
    }

    /// <summary>What Kestrel can bind: an http(s) URL with a host (an address, a name, or * / + for every interface).</summary>
    private static bool IsListenUrl(string url)
    {
        var normalized = url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
    }

    private static void PrintStarted(IHost host, string store, ServeSettings settings, IReadOnlyList<string> inboxes, string? sample)
    {
        Console.WriteLine($"serving {store} (Ctrl+C stops)");
        if (host is WebApplication app)
        {
            foreach (var url in app.Urls) Console.WriteLine($"GraphQL at {url.TrimEnd('/')}/graphql — open it in a browser for the query console");
        }
        if (settings.Worker) Console.WriteLine($"worker watching {string.Join(", ", inboxes)}");
        if (sample is not null) Console.WriteLine($"first start: ingesting the bundled sample ({sample}); analytics follow a few seconds later");
    }
}

using System.CommandLine;
using KnowledgeGraph.Api;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg serve</c>: the GraphQL API and its query console over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (default {KnowledgeGraphApiHost.DefaultUrls}: loopback only)",
            DefaultValueFactory = _ => KnowledgeGraphApiHost.DefaultUrls,
        };
        var command = new Command("serve", $"""
            Serve the graph over GraphQL: POST /graphql (and GET for queries), and a query console at GET /graphql in a
            browser. The ingest mutation needs the {KnowledgeGraphApiOptions.ApiKeyHeader} header matching ${KnowledgeGraphApiOptions.ApiKeyEnvironmentVariable}; without
            that variable it is disabled. Reads the store as it is (run `kg analyze` for pagerank, communities and related).

            Example: kg serve --db data/kg.db --urls http://127.0.0.1:5080
            """);
        command.Options.Add(urls);
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(CommonOptions.Database)!;
            await using var app = KnowledgeGraphApiHost.Build(parse.GetValue(urls)!, o => o.DatabasePath = db);
            await app.StartAsync(ct);
            Console.WriteLine($"serving {db} — GraphQL at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/graphql"))} (Ctrl+C stops)");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}

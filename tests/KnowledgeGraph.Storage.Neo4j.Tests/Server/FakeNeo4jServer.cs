using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// A real HTTP server on loopback (Kestrel, port 0) that answers in Neo4j's documented shapes and records every request.
/// By default it behaves like a healthy Query API / transactional endpoint returning no rows; a test replaces
/// <see cref="Respond"/> to script failures.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string Affinity = "member-7";
    private readonly WebApplication _app;
    private int _transactions;

    private FakeNeo4jServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The answer to a request, or null for the default; the int is how many requests came before it.</summary>
    public Func<RecordedRequest, int, FakeResponse?> Respond { get; set; } = (_, _) => null;

    public Uri Uri { get; private set; } = null!;

    public static async Task<FakeNeo4jServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeNeo4jServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Every statement sent, in order, with its parameters.</summary>
    public IReadOnlyList<(string Text, JsonElement Parameters)> Statements() =>
        [.. Requests.SelectMany(r => r.Statements)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["neo4j-cluster-affinity"].ToString(),
            body);
        var index = Requests.Count;
        Requests.Enqueue(request);
        var response = Respond(request, index) ?? Default(request);
        if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, context.RequestAborted);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    /// <summary>A healthy server: transactions open, statements return no rows, commits succeed.</summary>
    public FakeResponse Default(RecordedRequest request)
    {
        var path = request.Path;
        if (path.EndsWith("/query/v2/tx", StringComparison.Ordinal) && request.Method == "POST")
        {
            var id = "tx" + Interlocked.Increment(ref _transactions);
            return new FakeResponse(202, QueryApiRows(request, $",\"transaction\":{{\"id\":\"{id}\",\"expires\":\"2030-01-01T00:00:00Z\"}}"))
            {
                Headers = { ["neo4j-cluster-affinity"] = Affinity },
            };
        }
        if (path.Contains("/query/v2", StringComparison.Ordinal))
        {
            return request.Method == "DELETE" || path.EndsWith("/commit", StringComparison.Ordinal)
                ? new FakeResponse(200, "{\"bookmarks\":[]}")
                : new FakeResponse(202, QueryApiRows(request, ""));
        }
        if (path.EndsWith("/tx", StringComparison.Ordinal) && request.Method == "POST")
        {
            var n = Interlocked.Increment(ref _transactions);
            return new FakeResponse(201, TransactionalRows(request, $",\"commit\":\"{Uri}db/neo4j/tx/{n}/commit\""));
        }
        return request.Method == "DELETE" ? new FakeResponse(200, "{\"results\":[],\"errors\":[]}") : new FakeResponse(200, TransactionalRows(request, ""));
    }

    /// <summary>Rows for a statement given its parameters too (a stateful script); null falls back to <see cref="RowsFor"/>.</summary>
    public Func<string, JsonElement, string?> RowsForStatement { get; set; } = (_, _) => null;

    /// <summary>Rows the default server returns for a statement (none, except one zero for a count).</summary>
    public Func<string, string> RowsFor { get; set; } = text => text.Contains("count(", StringComparison.Ordinal) && !text.Contains("type(r)", StringComparison.Ordinal) && !text.Contains("isStub", StringComparison.Ordinal) ? "[[0]]" : "[]";

    private string QueryApiRows(RecordedRequest request, string extra)
    {
        var statements = request.Statements;
        var rows = statements.Count == 0 ? "[]" : Rows(statements[0]);
        return $"{{\"data\":{{\"fields\":[\"n\"],\"values\":{rows}}},\"bookmarks\":[]{extra}}}";
    }

    private string Rows((string Text, JsonElement Parameters) statement) => RowsForStatement(statement.Text, statement.Parameters) ?? RowsFor(statement.Text);

    private string TransactionalRows(RecordedRequest request, string extra)
    {
        var results = request.Statements.Select(s =>
        {
            var rows = JsonDocument.Parse(Rows(s)).RootElement.EnumerateArray().Select(r => $"{{\"row\":{r.GetRawText()},\"meta\":[]}}");
            return $"{{\"columns\":[\"n\"],\"data\":[{string.Join(',', rows)}]}}";
        });
        return $"{{\"results\":[{string.Join(',', results)}],\"errors\":[]{extra}}}";
    }
}

/// <summary>A request as the server saw it, with the statements in its body (either protocol's shape).</summary>
public sealed record RecordedRequest(string Method, string Path, string Authorization, string Affinity, string Body)
{
    public IReadOnlyList<(string Text, JsonElement Parameters)> Statements
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Body)) return [];
            var root = JsonDocument.Parse(Body).RootElement;
            if (root.TryGetProperty("statement", out var one)) return [(one.GetString()!, root.GetProperty("parameters"))];
            if (root.TryGetProperty("statements", out var many))
                return [.. many.EnumerateArray().Select(s => (s.GetProperty("statement").GetString()!, s.GetProperty("parameters")))];
            return [];
        }
    }
}

/// <summary>A scripted answer.</summary>
public sealed record FakeResponse(int Status, string Body)
{
    public Dictionary<string, string> Headers { get; init; } = [];
    public TimeSpan Delay { get; init; }
}

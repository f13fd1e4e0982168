using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Analytics.Export;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The API over a fresh SQLite file holding the real trending-papers sample (ingested and linked, optionally analyzed),
/// served through the real ASP.NET Core pipeline: TestServer by default, or Kestrel on loopback for a browser.
/// </summary>
internal sealed class ApiApplication : IAsyncDisposable
{
    private static readonly Lazy<PaperLinker> Linker = new(() => PaperLinker.Create());
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-api-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    private ApiApplication() => Directory.CreateDirectory(_folder);

    public string DatabasePath => Path.Combine(_folder, "kg.db");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Counts read-model calls when the test asked for it.</summary>
    public CountingReadModel? Counter { get; private set; }

    /// <summary>The address Kestrel listens on (only with <c>kestrel: true</c>).</summary>
    public string? Address { get; private set; }

    public static async Task<ApiApplication> StartAsync(
        bool analyze = false, string? apiKey = null, bool countCalls = false, bool kestrel = false, Action<KnowledgeGraphApiOptions>? configure = null)
    {
        var application = new ApiApplication();
        await application.SeedAsync(analyze);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (kestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseTestServer();
        if (countCalls)
        {
            builder.Services.AddSingleton(sp => new CountingReadModel(new SqliteGraphReadModel(sp.GetRequiredService<SqliteGraphStore>())));
            builder.Services.AddSingleton<IGraphReadModel>(sp => sp.GetRequiredService<CountingReadModel>());
        }
        builder.Services.AddKnowledgeGraphApi(o =>
        {
            o.DatabasePath = application.DatabasePath;
            o.ApiKey = apiKey;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapKnowledgeGraphApi();
        await app.StartAsync();
        application._app = app;
        if (kestrel)
        {
            application.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            application.Client = new HttpClient { BaseAddress = new Uri(application.Address) };
        }
        else
        {
            application.Client = app.GetTestClient();
        }
        if (countCalls) application.Counter = app.Services.GetRequiredService<CountingReadModel>();
        return application;
    }

    /// <summary>POSTs a query; returns the status and the parsed body.</summary>
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? apiKey = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await SendRawAsync(body, accept, apiKey);
    }

    public async Task<(int Status, JsonNode Body)> SendRawAsync(string body, string accept = "application/graphql-response+json", string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null) request.Headers.Add(KnowledgeGraphApiOptions.ApiKeyHeader, apiKey);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }

    /// <summary>The data of a query that must succeed; fails the test with the errors otherwise.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        Assert.True(status == 200 && body["errors"] is null, $"HTTP {status}: {body.ToJsonString()}");
        return body["data"]!;
    }

    private async Task SeedAsync(bool analyze)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = DatabasePath });
        await store.InitializeAsync();
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");
        var report = await new PaperIngestor(PaperFileReader.CreateDefault(), store, link: Linker.Value.ToUpsert).IngestAsync([sample]);
        Assert.False(report.HasProblems);
        if (!analyze) return;
        var snapshot = SnapshotBuilder.Build(await SnapshotBuilder.ReadAsync(store));
        await AnalyticsWriteBack.WriteAsync(snapshot, new RelatedPaperRecommender(snapshot), new StoreAnalyticsSink(store), 10);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using KnowledgeGraph.Api;
using KnowledgeGraph.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Builds the one host of <c>kg serve</c>: a WebApplication with the GraphQL API and, unless API-only, the inbox worker
/// as a hosted service in the same container, so both use one store (one writer) and one
/// <c>AnalyticsSnapshotHolder</c>. Worker-only runs a generic host: nothing listens.
/// </summary>
internal static class ServeHost
{
    public static IHost Build(ServeSettings settings)
    {
        if (!settings.Api)
        {
            var generic = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
            generic.Logging.AddKgConsole();
            generic.Services.AddGraphStore(settings.Store, settings.DatabasePath);
            generic.Services.AddInboxWorker(settings.ConfigureWorker);
            return generic.Build();
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.WebHost.UseUrls(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.AddKgConsole();
        // Registered before the API so its TryAdd registrations reuse this store instead of opening a second writer.
        builder.Services.AddGraphStore(settings.Store, settings.DatabasePath);
        builder.Services.AddKnowledgeGraphApi(o => o.DatabasePath = settings.DatabasePath);
        if (settings.Worker) builder.Services.AddInboxWorker(settings.ConfigureWorker);
        var app = builder.Build();
        app.MapKnowledgeGraphApi();
        return app;
    }
}

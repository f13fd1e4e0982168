using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api;

/// <summary>A Kestrel host that serves only the GraphQL API (what <c>kg serve</c> and <c>kg bench api</c> run).</summary>
public static class KnowledgeGraphApiHost
{
    /// <summary>The default address: loopback only, so nothing is exposed unless asked for.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Build(string urls, Action<KnowledgeGraphApiOptions>? configure = null, LogLevel minimumLogLevel = LogLevel.Information)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        // One line per request is noise for an API; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddKnowledgeGraphApi(configure);
        var app = builder.Build();
        app.MapKnowledgeGraphApi();
        return app;
    }
}

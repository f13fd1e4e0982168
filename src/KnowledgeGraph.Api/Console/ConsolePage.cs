using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Console;

/// <summary>The in-browser query console: one self-contained HTML page (inline CSS and JS, no CDN) compiled into the assembly.</summary>
internal static class ConsolePage
{
    private static readonly Lazy<byte[]> Html = new(() =>
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream("KnowledgeGraph.Api.Console.console.html")
            ?? throw new InvalidOperationException("The query console page is not embedded in the API assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Everything the page needs is inline; it talks to this server only.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'";
        await http.Response.Body.WriteAsync(Html.Value, http.RequestAborted);
    }
}

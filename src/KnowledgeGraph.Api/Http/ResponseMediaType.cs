using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Content negotiation of GraphQL over HTTP: which response media type the client accepts.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// <c>application/graphql-response+json</c> when asked for, <c>application/json</c> when asked for, for a wildcard or
    /// without an Accept header (the legacy default the spec keeps); null when the client accepts neither (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var media in accept.Where(m => (m.Quality ?? 1) > 0).OrderByDescending(m => m.Quality ?? 1))
        {
            var type = media.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*") return Json;
        }
        return null;
    }

    /// <summary>True when a GET comes from a browser that wants a page (the query console), not JSON.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(m => string.Equals(m.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for <c>application/json</c> with any parameters (charset).</summary>
    public static bool IsJsonContent(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase);
}

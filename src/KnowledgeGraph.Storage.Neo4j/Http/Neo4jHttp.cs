using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Sends one JSON request to Neo4j and turns every way it can fail into a typed exception: transient ones
/// (<see cref="Neo4jTransientException"/>) are retried by the caller, the rest are not. An <c>errors</c> array in a
/// 2xx answer is a failure too (the transactional endpoint reports Cypher errors that way).
/// </summary>
internal sealed class Neo4jHttp(HttpClient client, TimeSpan requestTimeout)
{
    /// <summary>Neo4j's cluster-affinity header: a transaction's requests must reach the server that opened it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public async Task<Neo4jResponse> SendAsync(HttpMethod method, string path, object? body, string? affinity, bool transactionUrl, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(requestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransientException("http.timeout", $"{method} {path} took longer than {requestTimeout.TotalSeconds:0.###} s", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jTransientException("http.unreachable", $"{method} {path}: {e.Message}", inner: e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var root = Parse(text);
            var error = FirstError(root);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new Neo4jAuthenticationException(error?.Code ?? $"http.{status}", "authentication failed for the configured user (check KG_NEO4J_USER / KG_NEO4J_PASSWORD)", status);
            }
            if (error is { } found) throw Classify(found.Code, found.Message, status, transactionUrl);
            if (!response.IsSuccessStatusCode) throw Classify($"http.{status}", $"{method} {path} answered {status} {response.ReasonPhrase}", status, transactionUrl);
            response.Headers.TryGetValues(AffinityHeader, out var affinityValues);
            return new Neo4jResponse(root, affinityValues?.FirstOrDefault(), response.Headers.Location);
        }
    }

    private static Neo4jException Classify(string code, string message, int status, bool transactionUrl)
    {
        var expired = code.Contains("TransactionNotFound", StringComparison.Ordinal) || (transactionUrl && status == 404);
        if (expired) return new Neo4jTransientException(code, "the transaction expired or is unknown to the server: " + message, status);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || status is 408 or 429 or 502 or 503 or 504)
            return new Neo4jTransientException(code, message, status);
        return new Neo4jException(code, message, status);
    }

    private static JsonElement Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Proxies answer 502/503 with HTML; the status code says enough.
            return default;
        }
    }

    private static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return null;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code ?? "Neo.Unknown", message ?? "(no message)");
        }
        return null;
    }
}

/// <summary>A successful answer: its JSON body, the cluster-affinity header and the Location header.</summary>
internal sealed record Neo4jResponse(JsonElement Body, string? Affinity, Uri? Location);

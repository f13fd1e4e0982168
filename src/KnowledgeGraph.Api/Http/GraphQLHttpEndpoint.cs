using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.Console;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only), content negotiation, and the
/// request-level limits the GraphQL engine does not have (body size, query length). A request that is not valid JSON
/// or has fields of the wrong JSON type is a 400, never a 500.
/// </summary>
internal sealed class GraphQLHttpEndpoint(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IOptions<KnowledgeGraphApiOptions> options)
{
    private readonly KnowledgeGraphApiOptions _options = options.Value;

    public async Task PostAsync(HttpContext http)
    {
        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            await RequestErrorAsync(http, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json,
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            return;
        }
        if (!ResponseMediaType.IsJsonContent(http.Request))
        {
            await RequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, "Send the request as Content-Type: application/json.");
            return;
        }
        if (http.Request.ContentLength > _options.MaxRequestBytes)
        {
            await RequestErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {_options.MaxRequestBytes} bytes.");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = _options.MaxRequestBytes;

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or BadHttpRequestException)
        {
            await RequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request body is not a valid GraphQL request: " + FirstLine(ex.Message));
            return;
        }
        await ExecuteAsync(http, request, mediaType, isGet: false);
    }

    public async Task GetAsync(HttpContext http)
    {
        var query = http.Request.Query;
        if (!query.ContainsKey("query") && ResponseMediaType.WantsHtml(http.Request))
        {
            await ConsolePage.WriteAsync(http);
            return;
        }
        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            await RequestErrorAsync(http, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json,
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            return;
        }
        var request = new GraphQLRequest { Query = query["query"], OperationName = NullIfEmpty(query["operationName"]) };
        if (NullIfEmpty(query["variables"]) is { } variables)
        {
            try
            {
                request.Variables = serializer.Deserialize<Inputs>(variables);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
            {
                await RequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "variables is not a JSON object: " + FirstLine(ex.Message));
                return;
            }
        }
        await ExecuteAsync(http, request, mediaType, isGet: true);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest? request, string mediaType, bool isGet)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await RequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no query.");
            return;
        }
        if (request.Query.Length > _options.MaxQueryLength)
        {
            await RequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                $"The query is {request.Query.Length} characters long; the limit is {_options.MaxQueryLength}.");
            return;
        }

        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.UserContext = new ApiUserContext { PresentedApiKey = NullIfEmpty(http.Request.Headers[KnowledgeGraphApiOptions.ApiKeyHeader]) };
            if (isGet) o.ValidationRules = DocumentValidator.CoreRules.Append(QueryOnlyOverGetRule.Instance);
        });

        if (result.Errors?.OfType<MutationOverGetError>().Any() == true)
        {
            http.Response.Headers.Allow = "POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else
        {
            // application/json keeps the legacy contract (200 for GraphQL errors); the new media type says 400 when nothing ran.
            http.Response.StatusCode = result.Executed || mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task RequestErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message) { Code = "INVALID_REQUEST" }] }, http.RequestAborted);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

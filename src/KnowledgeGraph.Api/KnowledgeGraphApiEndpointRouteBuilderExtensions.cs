using GraphQL.Types;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Maps the GraphQL endpoint (POST and GET) and the query console at <see cref="KnowledgeGraphApiOptions.Path"/>.</summary>
public static class KnowledgeGraphApiEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapKnowledgeGraphApi(this IEndpointRouteBuilder endpoints)
    {
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<KnowledgeGraphApiOptions>>().Value.Path;
        // Build the schema now: a broken schema fails at start-up, not on the first request.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        endpoints.MapPost(path, http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().PostAsync(http));
        endpoints.MapGet(path, http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().GetAsync(http));
        return endpoints;
    }
}

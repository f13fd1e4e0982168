using GraphQL;
using KnowledgeGraph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Types;

/// <summary>The request's loaders and read model, from the request's service scope.</summary>
internal static class ContextServices
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

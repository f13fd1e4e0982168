namespace KnowledgeGraph.Api.Http;

/// <summary>What the HTTP request tells resolvers: the API key it presented (never logged) and whether it came by GET.</summary>
internal sealed class ApiUserContext : Dictionary<string, object?>
{
    public string? PresentedApiKey { get; init; }
}

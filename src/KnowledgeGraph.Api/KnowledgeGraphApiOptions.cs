using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api;

/// <summary>How the GraphQL API is served and what it refuses. Every default is what <c>kg serve</c> runs with.</summary>
public sealed class KnowledgeGraphApiOptions
{
    /// <summary>The environment variable the ingest API key is read from when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "KG_API_KEY";

    /// <summary>The request header that carries the API key for the <c>ingest</c> mutation.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The SQLite database the API reads (unless the host registered its own store). Default: <c>./data/kg.db</c>.</summary>
    public string DatabasePath { get; set; } = "./data/kg.db";

    /// <summary>Where the endpoint and the query console live. Default: <c>/graphql</c>.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// The key the <c>ingest</c> mutation requires in the <c>X-Api-Key</c> header. Default: <c>$KG_API_KEY</c>;
    /// with no key configured the mutation is refused for everyone.
    /// </summary>
    public string? ApiKey { get; set; } = Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable);

    /// <summary>Longest accepted query text, in characters. Default: 10,000.</summary>
    [Range(100, 1_000_000)]
    public int MaxQueryLength { get; set; } = 10_000;

    /// <summary>Largest accepted request body, in bytes (the ingest mutation carries abstracts). Default: 1 MiB.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest accepted selection nesting. Default: 12 (a paper's related papers' datasets' papers is 7).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Highest accepted complexity (fields weighted by the <c>first</c> of the lists they sit in). Default: 20,000 —
    /// 50 papers with their entities and 10 related papers each fit; 100 papers × 100 references × 100 citing papers do not.
    /// </summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Largest <c>first</c> of any list or connection. Default: 100.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Most papers one <c>ingest</c> mutation takes. Default: 100.</summary>
    [Range(1, 10_000)]
    public int MaxIngestPapers { get; set; } = 100;

    /// <summary>Most parsed and validated query documents kept, by query text; 0 turns the cache off. Default: 1,000.</summary>
    [Range(0, 1_000_000)]
    public int DocumentCacheEntries { get; set; } = 1000;

    /// <summary>
    /// Most paper pages (search and list results) the SQLite read model keeps; any commit to the database empties it.
    /// 0 turns it off. Default: 1,024.
    /// </summary>
    [Range(0, 1_000_000)]
    public int PaperPageCacheEntries { get; set; } = 1024;

    /// <summary>How long one request may run before it is cancelled with an error. Default: 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

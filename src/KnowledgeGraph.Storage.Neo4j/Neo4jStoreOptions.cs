using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where and how the Neo4j store connects. <see cref="FromEnvironment"/> reads <c>KG_NEO4J_URI</c>, <c>KG_NEO4J_USER</c>,
/// <c>KG_NEO4J_PASSWORD</c> and <c>KG_NEO4J_DATABASE</c>.
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string UriVariable = "KG_NEO4J_URI";
    public const string UserVariable = "KG_NEO4J_USER";
    public const string PasswordVariable = "KG_NEO4J_PASSWORD";
    public const string DatabaseVariable = "KG_NEO4J_DATABASE";
    public const string ProtocolVariable = "KG_NEO4J_PROTOCOL";

    /// <summary>The server's HTTP address (default <c>http://127.0.0.1:7474</c>, loopback only).</summary>
    public Uri Uri { get; set; } = new("http://127.0.0.1:7474");

    /// <summary>User for Basic auth (default <c>neo4j</c>); no Authorization header when both user and password are empty.</summary>
    public string? User { get; set; } = "neo4j";

    /// <summary>Password for Basic auth. Never logged and never part of an exception message.</summary>
    public string? Password { get; set; }

    /// <summary>Database name (default <c>neo4j</c>).</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Query API (default) or the transactional endpoint for servers older than 5.19.</summary>
    public Neo4jProtocol Protocol { get; set; } = Neo4jProtocol.QueryApi;

    /// <summary>Rows per <c>UNWIND</c> statement (default 1,000): fewer round trips, bounded request bodies.</summary>
    [Range(1, 100_000)]
    public int RowsPerStatement { get; set; } = 1_000;

    /// <summary>Retries of a transient failure (503, timeout, <c>Neo.TransientError.*</c>, expired transaction); default 4.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay, doubled each attempt with jitter (default 200 ms).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time one HTTP request may take before it counts as a transient timeout (default 60 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>True when <c>KG_NEO4J_URI</c> is set: a server is configured.</summary>
    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable));

    /// <summary>Options from the environment; unset variables keep their defaults.</summary>
    public static Neo4jStoreOptions FromEnvironment()
    {
        var options = new Neo4jStoreOptions();
        if (Get(UriVariable) is { } uri) options.Uri = ToHttpUri(uri);
        if (Get(UserVariable) is { } user) options.User = user;
        if (Get(PasswordVariable) is { } password) options.Password = password;
        if (Get(DatabaseVariable) is { } database) options.Database = database;
        if (Get(ProtocolVariable) is { } protocol)
        {
            options.Protocol = protocol.Equals("tx", StringComparison.OrdinalIgnoreCase) || protocol.Equals("transactional", StringComparison.OrdinalIgnoreCase)
                ? Neo4jProtocol.Transactional
                : Neo4jProtocol.QueryApi;
        }
        return options;
    }

    /// <summary>Checks the values; throws a <see cref="Neo4jException"/> (code <c>config.invalid</c>) naming the bad one.</summary>
    public void Validate()
    {
        if (!Uri.IsAbsoluteUri || (Uri.Scheme != Uri.UriSchemeHttp && Uri.Scheme != Uri.UriSchemeHttps))
            throw Invalid($"{UriVariable} must be an http(s) address (the HTTP port, 7474), got a {Uri.Scheme} address");
        if (string.IsNullOrWhiteSpace(Database)) throw Invalid("the Neo4j database name is empty");
        if (RowsPerStatement < 1) throw Invalid("RowsPerStatement must be at least 1");
        if (MaxRetries < 0) throw Invalid("MaxRetries must not be negative");
        if (RequestTimeout <= TimeSpan.Zero) throw Invalid("RequestTimeout must be positive");
    }

    /// <summary>A Bolt address (<c>neo4j://host:7687</c>) names the host; the HTTP API is on 7474.</summary>
    private static Uri ToHttpUri(string text)
    {
        // The value is not echoed: an address may carry user:password.
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw Invalid($"{UriVariable} is not an absolute address such as http://localhost:7474 or neo4j://localhost:7687");
        if (uri.Scheme is "http" or "https") return uri;
        var secure = uri.Scheme.EndsWith("+s", StringComparison.Ordinal) || uri.Scheme.EndsWith("+ssc", StringComparison.Ordinal);
        return new UriBuilder(secure ? "https" : "http", uri.Host, secure ? 7473 : 7474).Uri;
    }

    private static Neo4jException Invalid(string message) => new("config.invalid", message);

    private static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

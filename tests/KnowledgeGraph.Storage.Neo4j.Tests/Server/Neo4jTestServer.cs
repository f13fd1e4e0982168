using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The real Neo4j the contract suites run against: the server <c>KG_NEO4J_URI</c> names, else a throwaway container of
/// docker-compose.yml's neo4j image (generic Testcontainers, a generated password, ready when HTTP 7474 answers) when a
/// Docker engine answers, else none, with the reason the suites are skipped.
/// </summary>
public static partial class Neo4jTestServer
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private static readonly Lazy<Decision> Decided = new(() => DecideAsync(
        Environment.GetEnvironmentVariable(Neo4jStoreOptions.UriVariable), Environment.GetEnvironmentVariable("DOCKER_HOST")).GetAwaiter().GetResult());
    private static readonly Lazy<Task<Neo4jStoreOptions>> Options = new(StartAsync);
    private static IContainer? _container;

    /// <summary>Where the suites' Neo4j comes from.</summary>
    public enum Source
    {
        None,
        Configured,
        Docker,
    }

    /// <summary>What this process runs against, and why nothing when nothing.</summary>
    public sealed record Decision(Source Source, string? SkipReason, Uri? DockerEndpoint);

    /// <summary>Null when a server is configured or Docker answers; else why the Neo4j suites are skipped.</summary>
    public static string? SkipReason => Decided.Value.SkipReason;

    /// <summary>Decides from the two variables: a configured server wins; else Docker when its endpoint answers a ping.</summary>
    public static async Task<Decision> DecideAsync(string? neo4jUri, string? dockerHost)
    {
        if (!string.IsNullOrWhiteSpace(neo4jUri)) return new Decision(Source.Configured, null, null);
        Uri endpoint;
        try
        {
            endpoint = DockerProbe.Endpoint(dockerHost);
        }
        catch (UriFormatException)
        {
            return new Decision(Source.None, Reason($"DOCKER_HOST '{dockerHost}' is not an address"), null);
        }
        var problem = await DockerProbe.PingAsync(endpoint, ProbeTimeout);
        return problem is null ? new Decision(Source.Docker, null, endpoint) : new Decision(Source.None, Reason(problem), null);
    }

    /// <summary>The options of the server to use, starting the container on the first call (one container per test run).</summary>
    public static Task<Neo4jStoreOptions> GetOptionsAsync() => Options.Value;

    /// <summary>The neo4j image docker-compose.yml pins (<c>image: neo4j:5.26.2</c>).</summary>
    public static string PinnedImage(string composeText) =>
        ComposeImage().Match(composeText) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidDataException("docker-compose.yml names no pinned neo4j image (image: neo4j:<version>)");

    private static string Reason(string why) =>
        $"no Neo4j server: set {Neo4jStoreOptions.UriVariable}=http://127.0.0.1:7474 (and {Neo4jStoreOptions.PasswordVariable}) "
        + $"to run against one, or run Docker for a throwaway container; {why}";

    private static async Task<Neo4jStoreOptions> StartAsync()
    {
        var decision = Decided.Value;
        if (decision.Source == Source.Configured) return Neo4jStoreOptions.FromEnvironment();
        if (decision.Source != Source.Docker) throw new InvalidOperationException(decision.SkipReason);
        var image = PinnedImage(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "docker-compose.yml")));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _container = new ContainerBuilder(image)
            .WithDockerEndpoint(decision.DockerEndpoint!)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync();
        // Testcontainers' reaper removes the container when the test process ends.
        return new Neo4jStoreOptions
        {
            Uri = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
            User = "neo4j",
            Password = password,
        };
    }

    [GeneratedRegex(@"^\s*image:\s*[""']?(neo4j:[0-9][^\s""']*)", RegexOptions.Multiline)]
    private static partial Regex ComposeImage();
}

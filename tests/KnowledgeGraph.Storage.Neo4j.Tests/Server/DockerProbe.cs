using System.Net.Sockets;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// Whether a Docker engine answers, decided in seconds: the endpoint of <c>DOCKER_HOST</c> (<c>unix://</c> or
/// <c>tcp://</c>), else the default socket, is asked <c>GET /_ping</c> with a short timeout. Testcontainers' own
/// discovery is thorough but slow to give up; a machine without Docker must skip the suite, not stall it.
/// </summary>
public static class DockerProbe
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>The endpoint <paramref name="dockerHost"/> names (the default socket when empty).</summary>
    public static Uri Endpoint(string? dockerHost) => new(string.IsNullOrWhiteSpace(dockerHost) ? DefaultSocket : dockerHost.Trim());

    /// <summary>Null when the engine at <paramref name="endpoint"/> answered its ping; otherwise why not.</summary>
    public static async Task<string?> PingAsync(Uri endpoint, TimeSpan timeout)
    {
        if (endpoint.Scheme == "unix" && !File.Exists(endpoint.AbsolutePath)) return $"no Docker socket at {endpoint.AbsolutePath}";
        if (endpoint.Scheme is not ("unix" or "tcp" or "http" or "https")) return $"Docker endpoint {endpoint} is not unix:// or tcp://";
        using var handler = new SocketsHttpHandler { ConnectTimeout = timeout };
        if (endpoint.Scheme == "unix")
        {
            var socketPath = endpoint.AbsolutePath;
            handler.ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        var baseUri = endpoint.Scheme == "unix" ? new Uri("http://docker/") : new UriBuilder(endpoint.Scheme == "https" ? "https" : "http", endpoint.Host, endpoint.Port).Uri;
        using var client = new HttpClient(handler) { Timeout = timeout, BaseAddress = baseUri };
        try
        {
            using var response = await client.GetAsync("_ping");
            return response.IsSuccessStatusCode ? null : $"Docker at {endpoint} answered {(int)response.StatusCode} to /_ping";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException)
        {
            return $"Docker at {endpoint} did not answer ({e.GetBaseException().Message})";
        }
    }
}

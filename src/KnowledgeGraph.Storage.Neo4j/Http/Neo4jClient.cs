using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The store's connection: one <see cref="HttpClient"/> with Basic auth, the configured protocol, and a Polly retry
/// (exponential backoff with jitter) around every unit of work. A transaction is a unit: when it fails transiently it is
/// rolled back and run again from its start, so a retry never sees half of an earlier attempt.
/// </summary>
internal sealed class Neo4jClient : IDisposable
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly INeo4jProtocol _protocol;
    private readonly ResiliencePipeline _retry;

    public Neo4jClient(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        options.Validate();
        var baseUri = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = baseUri;
        // Per-request timeouts are ours (Neo4jHttp), so a slow answer becomes a transient error and not a bare cancellation.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        if (!string.IsNullOrEmpty(options.User) || !string.IsNullOrEmpty(options.Password))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
        var http = new Neo4jHttp(_http, options.RequestTimeout);
        _protocol = options.Protocol == Neo4jProtocol.QueryApi ? new QueryApiProtocol(http, options.Database) : new TransactionalProtocol(http, options.Database);
        _retry = options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            }).Build();
    }

    /// <summary>Runs statements, each auto-committed, retrying transient failures.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token => await _protocol.RunAutoCommitAsync(statements, token), cancellationToken);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var results = await RunAsync([statement], cancellationToken);
        return results.Count > 0 ? results[0] : CypherResult.Empty;
    }

    /// <summary>Runs <paramref name="work"/> in one explicit transaction: committed when it returns, rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token =>
        {
            var transaction = _protocol.Begin();
            T result;
            try
            {
                result = await work(transaction, token);
                await transaction.CommitAsync(token);
            }
            catch
            {
                await RollBackQuietlyAsync(transaction);
                throw;
            }
            return result;
        }, cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>Rolls back even when the caller's token is cancelled; a failed rollback expires on the server by itself.</summary>
    private static async Task RollBackQuietlyAsync(ICypherTransaction transaction)
    {
        try
        {
            using var timeout = new CancellationTokenSource(RollbackTimeout);
            await transaction.RollbackAsync(timeout.Token);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException or HttpRequestException)
        {
            // The server drops an idle transaction after its timeout; nothing of it was committed.
        }
    }
}

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The transactional endpoint (<c>/db/{db}/tx</c>) for servers older than 5.19: many statements per request, Cypher
/// errors inside a 200 answer. A transaction opens with its first request (<c>POST …/tx</c>, the answer names the
/// commit URL), runs on <c>POST …/tx/{n}</c>, commits on <c>POST …/tx/{n}/commit</c>, rolls back on <c>DELETE …/tx/{n}</c>.
/// </summary>
internal sealed class TransactionalProtocol(Neo4jHttp http, string database) : INeo4jProtocol
{
    private readonly string _base = WireFormat.DatabasePath(database) + "/tx";

    public async Task<IReadOnlyList<CypherResult>> RunAutoCommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(HttpMethod.Post, _base + "/commit", WireFormat.TransactionalBody(statements), null, transactionUrl: false, cancellationToken);
        return WireFormat.ParseTransactional(response.Body);
    }

    public ICypherTransaction Begin() => new Transaction(http, _base);

    private sealed class Transaction(Neo4jHttp http, string txBase) : ICypherTransaction
    {
        private string? _path;

        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var response = await http.SendAsync(HttpMethod.Post, _path ?? txBase, WireFormat.TransactionalBody(statements), null, transactionUrl: _path is not null, cancellationToken);
            _path ??= TransactionPath(response);
            return WireFormat.ParseTransactional(response.Body);
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_path is null) return;
            await http.SendAsync(HttpMethod.Post, _path + "/commit", WireFormat.TransactionalBody([]), null, transactionUrl: true, cancellationToken);
            _path = null;
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_path is null) return;
            var path = _path;
            _path = null;
            await http.SendAsync(HttpMethod.Delete, path, null, null, transactionUrl: true, cancellationToken);
        }

        /// <summary>The transaction's own path, from the commit URL (only its path: the host may be a name only the server knows).</summary>
        private string TransactionPath(Neo4jResponse response)
        {
            var commit = response.Body.TryGetProperty("commit", out var c) ? c.GetString() : null;
            var uri = commit is not null ? new Uri(commit, UriKind.RelativeOrAbsolute) : response.Location;
            if (uri is null) throw new Neo4jException("Neo.Unknown", "the server opened no transaction (no commit URL in its answer)");
            var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
            path = path.TrimStart('/');
            if (path.EndsWith("/commit", StringComparison.Ordinal)) path = path[..^"/commit".Length];
            return path.StartsWith(txBase, StringComparison.Ordinal) ? path : txBase + "/" + path.Split('/')[^1];
        }
    }
}

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The Query API (<c>/db/{db}/query/v2</c>): one statement per request. An explicit transaction opens with its first
/// statement (<c>POST …/query/v2/tx</c>), sends the cluster-affinity header back on every later request, and ends with
/// <c>POST …/tx/{id}/commit</c> or <c>DELETE …/tx/{id}</c>.
/// </summary>
internal sealed class QueryApiProtocol(Neo4jHttp http, string database) : INeo4jProtocol
{
    private readonly string _base = WireFormat.DatabasePath(database) + "/query/v2";

    public async Task<IReadOnlyList<CypherResult>> RunAutoCommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            var response = await http.SendAsync(HttpMethod.Post, _base, WireFormat.QueryApiBody(statement), null, transactionUrl: false, cancellationToken);
            results.Add(WireFormat.ParseQueryApi(response.Body));
        }
        return results;
    }

    public ICypherTransaction Begin() => new Transaction(http, _base + "/tx");

    private sealed class Transaction(Neo4jHttp http, string txBase) : ICypherTransaction
    {
        private string? _id;
        private string? _affinity;

        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var results = new List<CypherResult>(statements.Count);
            foreach (var statement in statements)
            {
                var path = _id is null ? txBase : txBase + "/" + Uri.EscapeDataString(_id);
                var response = await http.SendAsync(HttpMethod.Post, path, WireFormat.QueryApiBody(statement), _affinity, transactionUrl: _id is not null, cancellationToken);
                if (_id is null)
                {
                    _id = response.Body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
                    if (string.IsNullOrEmpty(_id)) throw new Neo4jException("Neo.Unknown", "the server opened no transaction (no transaction.id in its answer)");
                    _affinity = response.Affinity;
                }
                results.Add(WireFormat.ParseQueryApi(response.Body));
            }
            return results;
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_id is null) return;
            await http.SendAsync(HttpMethod.Post, txBase + "/" + Uri.EscapeDataString(_id) + "/commit", null, _affinity, transactionUrl: true, cancellationToken);
            _id = null;
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_id is null) return;
            var id = _id;
            _id = null;
            await http.SendAsync(HttpMethod.Delete, txBase + "/" + Uri.EscapeDataString(id), null, _affinity, transactionUrl: true, cancellationToken);
        }
    }
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over its HTTP API (the Query API, or the transactional endpoint for older servers). The same
/// contract as the SQLite store: each batch resolves identity against the graph (two batched look-ups in the batch's
/// transaction, then in memory) and writes with batched <c>UNWIND … MERGE</c> statements in that one transaction.
/// Transient failures (503, timeouts, <c>Neo.TransientError.*</c>, an expired transaction) re-run the whole batch.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IGraphSnapshotSource, IAnalyticsResultStore
{
    private static readonly string[] ExtractedTypes = [.. PaperLinks.ExtractedTypes.Select(t => t.ToGraphName())];

    private readonly Neo4jClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _initialized;
    private bool _disposed;

    /// <param name="options">Where to connect; <see cref="Neo4jStoreOptions.FromEnvironment"/> when null.</param>
    /// <param name="handler">The HTTP handler (tests, proxies); a default one when null.</param>
    /// <param name="timeProvider">Clock for creation order of new papers.</param>
    public Neo4jGraphStore(Neo4jStoreOptions? options = null, HttpMessageHandler? handler = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? Neo4jStoreOptions.FromEnvironment();
        _client = new Neo4jClient(_options, handler);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The server address this store talks to (no credentials in it).</summary>
    public Uri Uri => _options.Uri;

    /// <summary>The connection, shared with the read model (one HttpClient, one retry policy per store).</summary>
    internal Neo4jClient Client => _client;

    /// <summary>Runs schema/neo4j/constraints.cypher (every statement <c>IF NOT EXISTS</c>).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _client.RunAsync(SchemaScript.Load(), cancellationToken);
        _initialized = true;
    }

    public Task<UpsertSummary> UpsertPapersAsync(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.Count == 0) return Task.FromResult(new UpsertSummary());
        return WriteAsync(async (tx, ct) =>
        {
            var state = await BatchPrefetch.LoadAsync(tx, papers, [], ct);
            var planner = new BatchPlanner(state, SeqBase());
            var summary = planner.Write(papers, ct);
            await RunPlanAsync(tx, planner.Plan, ct);
            return summary;
        }, cancellationToken);
    }

    public Task<int> ReplaceLinksAsync(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.Count == 0) return Task.FromResult(0);
        return WriteAsync(async (tx, ct) =>
        {
            var state = await BatchPrefetch.LoadAsync(tx, [], [.. papers.Select(p => p.PaperId)], ct);
            var planner = new BatchPlanner(state, SeqBase());
            var changed = planner.ReplaceLinks(papers, ct);
            await RunPlanAsync(tx, planner.Plan, ct);
            return changed;
        }, cancellationToken);
    }

    public async Task<PaperDetails?> GetPaperAsync(string id, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await PaperReads.ResolveIdAsync(_client, id ?? "", cancellationToken) is { } paperId
            ? await PaperReads.GetDetailsAsync(_client, paperId, cancellationToken)
            : null;
    }

    public async Task<IReadOnlyList<PaperNode>> FindPapersAsync(string idOrTitle, int limit, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await PaperReads.FindAsync(_client, idOrTitle, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int top, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await PaperReads.SearchAsync(_client, text, top, cancellationToken);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await PaperReads.StatsAsync(_client, cancellationToken);
    }

    public async IAsyncEnumerable<PaperNode> ReadPapersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await _client.RunAsync(new CypherStatement(AnalyticsCypher.Papers), cancellationToken);
        foreach (var row in result.Rows) yield return PaperReads.ToPaper(row[0]);
    }

    public async IAsyncEnumerable<CitationRow> ReadCitationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await _client.RunAsync(new CypherStatement(AnalyticsCypher.Citations), cancellationToken);
        foreach (var row in result.Rows) yield return new CitationRow(row[0].GetString()!, row[1].GetString()!);
    }

    public async IAsyncEnumerable<EntityLinkRow> ReadEntityLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await _client.RunAsync(
            new CypherStatement(AnalyticsCypher.EntityLinks, new Dictionary<string, object?> { ["types"] = ExtractedTypes }), cancellationToken);
        foreach (var row in result.Rows)
        {
            if (!RelationshipTypeNames.TryParse(row[1].GetString() ?? "", out var type)) continue;
            var label = row[2].EnumerateArray().Select(l => Enum.TryParse<NodeLabel>(l.GetString(), out var x) ? x : (NodeLabel?)null).FirstOrDefault(l => l is not null);
            if (label is null) continue;
            yield return new EntityLinkRow(row[0].GetString()!, type, label.Value, Json.String(row[3]) ?? "", Json.String(row[4]), Json.Double(row[5]) ?? 1);
        }
    }

    public Task WritePaperAnalyticsAsync(IReadOnlyList<PaperAnalytics> papers, CancellationToken cancellationToken = default) =>
        WriteAsync(async (tx, ct) =>
        {
            var rows = papers.Select(p => WritePlan.Row(("id", p.PaperId), ("pagerank", p.PageRank), ("community", p.Community), ("citationCount", p.CitationCount)));
            await tx.RunAsync([.. WritePlan.Batched(AnalyticsCypher.WritePapers, rows, _options.RowsPerStatement)], ct);
            return 0;
        }, cancellationToken);

    public Task WriteCommunitiesAsync(IReadOnlyList<CommunitySummary> communities, CancellationToken cancellationToken = default) =>
        WriteAsync(async (tx, ct) =>
        {
            var rows = communities.Select(c => WritePlan.Row(("id", c.Id), ("size", c.Size), ("label", c.Label)));
            await tx.RunAsync([new CypherStatement(AnalyticsCypher.ClearCommunities), .. WritePlan.Batched(AnalyticsCypher.WriteCommunities, rows, _options.RowsPerStatement)], ct);
            return 0;
        }, cancellationToken);

    public Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedPaperEdge> edges, CancellationToken cancellationToken = default) =>
        WriteAsync(async (tx, ct) =>
        {
            var rows = edges.Select(e => WritePlan.Row(
                ("src", e.FromId), ("dst", e.ToId), ("rank", e.Rank), ("score", e.Score), ("reasons", e.Reasons.ToArray()), ("parts", e.PartsJson)));
            var clear = new CypherStatement(AnalyticsCypher.ClearRelated, new Dictionary<string, object?> { ["ids"] = sourcePaperIds.ToArray() });
            await tx.RunAsync([clear, .. WritePlan.Batched(AnalyticsCypher.WriteRelated, rows, _options.RowsPerStatement)], ct);
            return 0;
        }, cancellationToken);

    /// <summary>Runs one statement on the server (auto-commit) and returns its rows; used by in-database analytics.</summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _client.RunAsync(statement, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        _client.Dispose();
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RunPlanAsync(ICypherTransaction tx, WritePlan plan, CancellationToken cancellationToken)
    {
        var statements = plan.ToStatements(_options.RowsPerStatement).ToList();
        if (statements.Count > 0) await tx.RunAsync(statements, cancellationToken);
    }

    /// <summary>One write at a time per store, in one transaction; the whole unit re-runs on a transient failure.</summary>
    private async Task<T> WriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await _client.InTransactionAsync(work, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_initialized) await InitializeAsync(cancellationToken);
    }

    /// <summary>Creation order for new papers: milliseconds since the epoch × 1,000 plus the index in the batch.</summary>
    private long SeqBase() => _time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
}

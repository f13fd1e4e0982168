using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.Analytics;

/// <summary>
/// PageRank and Louvain inside Neo4j with the Graph Data Science library (<c>gds.pageRank.write</c>,
/// <c>gds.louvain.write</c>) over in-memory projections of the CITES graph, dropped afterwards. Without GDS
/// (<see cref="GetVersionAsync"/> is null) callers project into the in-process engine and write back instead.
/// </summary>
public sealed class GdsAnalytics(Neo4jGraphStore store)
{
    private readonly Neo4jGraphStore _store = store;

    /// <summary>The GDS version, or null when the server has no GDS.</summary>
    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _store.RunAsync(new CypherStatement("CALL gds.version() YIELD gdsVersion RETURN gdsVersion"), cancellationToken);
            return result.Rows.Count > 0 ? Json.String(result.Rows[0][0]) : null;
        }
        catch (Neo4jException e) when (e is not (Neo4jAuthenticationException or Neo4jTransientException))
        {
            // Neo.ClientError.Procedure.ProcedureNotFound: no GDS on this server.
            return null;
        }
    }

    /// <summary>Writes <c>pagerank</c>, <c>community</c> and <c>citationCount</c> on every paper.</summary>
    public async Task<GdsRunSummary> RunAsync(GdsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new GdsOptions();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var directed = "kg-cites-" + suffix;
        var undirected = "kg-cites-undirected-" + suffix;
        try
        {
            await RunAsync("CALL gds.graph.project($graph, 'Paper', {CITES: {orientation: 'NATURAL'}}) YIELD nodeCount RETURN nodeCount", new() { ["graph"] = directed }, cancellationToken);
            var rank = await RunAsync(
                "CALL gds.pageRank.write($graph, {writeProperty: 'pagerank', maxIterations: $iterations, dampingFactor: $damping}) "
                + "YIELD nodePropertiesWritten, ranIterations RETURN nodePropertiesWritten, ranIterations",
                new() { ["graph"] = directed, ["iterations"] = options.PageRankIterations, ["damping"] = options.DampingFactor }, cancellationToken);
            await RunAsync("CALL gds.graph.project($graph, 'Paper', {CITES: {orientation: 'UNDIRECTED'}}) YIELD nodeCount RETURN nodeCount", new() { ["graph"] = undirected }, cancellationToken);
            var louvain = await RunAsync(
                "CALL gds.louvain.write($graph, {writeProperty: 'community'}) YIELD communityCount, modularity RETURN communityCount, modularity",
                new() { ["graph"] = undirected }, cancellationToken);
            await RunAsync("MATCH (p:Paper) SET p.citationCount = size([(p)<-[:CITES]-() | 1])", [], cancellationToken);
            return new GdsRunSummary(
                rank.Rows.Count > 0 ? (int)(Json.Long(rank.Rows[0][0]) ?? 0) : 0,
                louvain.Rows.Count > 0 ? (int)(Json.Long(louvain.Rows[0][0]) ?? 0) : 0,
                louvain.Rows.Count > 0 ? Json.Double(louvain.Rows[0][1]) ?? 0 : 0);
        }
        finally
        {
            foreach (var graph in new[] { directed, undirected })
            {
                await RunAsync("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", new() { ["graph"] = graph }, CancellationToken.None);
            }
        }
    }

    private Task<CypherResult> RunAsync(string text, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _store.RunAsync(new CypherStatement(text, parameters), cancellationToken);
}

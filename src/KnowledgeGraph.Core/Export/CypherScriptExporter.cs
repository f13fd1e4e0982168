using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// A Cypher script cypher-shell can run (<c>cypher-shell -f graph.cypher</c>) as often as wanted: unique constraints
/// first, then one <c>MERGE … SET n += {…}</c> per node and one <c>MATCH … MERGE (a)-[r:TYPE]-&gt;(b) SET r += {…}</c> per
/// relationship, every property included, in <c>:begin</c>/<c>:commit</c> blocks of <see cref="StatementsPerTransaction"/>.
/// </summary>
public sealed class CypherScriptExporter
{
    public int StatementsPerTransaction { get; init; } = 1_000;

    public async Task<ExportSummary> WriteAsync(IGraphExportSource source, TextWriter writer, CancellationToken cancellationToken = default)
    {
        var summary = new ExportSummary();
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        await writer.WriteLineAsync("// KnowledgeGraph export: run with `cypher-shell -f FILE`; every statement is idempotent (MERGE).");
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            await writer.WriteLineAsync($"CREATE CONSTRAINT {label.ToString().ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;");
        }
        var inBlock = 0;
        await foreach (var node in source.ReadNodesAsync(cancellationToken))
        {
            labels[node.Id] = node.Label;
            if (inBlock == 0) await writer.WriteLineAsync(":begin");
            await writer.WriteLineAsync($"MERGE (n:{node.Label} {{id: {CypherLiteral.Quote(node.Id)}}}) SET n += {CypherLiteral.Map(node.Properties)};");
            summary.Count(node.Label);
            await EndStatementAsync();
        }
        await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken))
        {
            if (!labels.TryGetValue(rel.StartId, out var from) || !labels.TryGetValue(rel.EndId, out var to)) continue;
            if (inBlock == 0) await writer.WriteLineAsync(":begin");
            await writer.WriteLineAsync(
                $"MATCH (a:{from} {{id: {CypherLiteral.Quote(rel.StartId)}}}), (b:{to} {{id: {CypherLiteral.Quote(rel.EndId)}}}) "
                + $"MERGE (a)-[r:{rel.Type.ToGraphName()}]->(b) SET r += {CypherLiteral.Map(rel.Properties)};");
            summary.Count(rel.Type);
            await EndStatementAsync();
        }
        if (inBlock > 0) await writer.WriteLineAsync(":commit");
        return summary;

        async Task EndStatementAsync()
        {
            if (++inBlock < StatementsPerTransaction) return;
            await writer.WriteLineAsync(":commit");
            inBlock = 0;
        }
    }
}

using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Whole-graph reads for export: every column of papers, nodes and edges, one streamed query each.</summary>
internal static class ExportQueries
{
    public static IEnumerable<ExportNode> Nodes(SqliteConnection connection, CancellationToken cancellationToken)
    {
        const string papers = "SELECT id, title, abstract, published, year, venue, ids, is_stub, sources, pagerank, community, citation_count FROM papers ORDER BY pk";
        foreach (var r in Rows(connection, papers, cancellationToken))
        {
            var props = new Dictionary<string, object>(StringComparer.Ordinal) { ["title"] = r.GetString(1) };
            Put(props, "abstract", r, 2);
            Put(props, "published", r, 3);
            Put(props, "year", r, 4);
            Put(props, "venue", r, 5);
            props["ids"] = JsonSerializer.Deserialize<string[]>(r.GetString(6)) ?? [];
            props["isStub"] = r.GetInt64(7) != 0;
            props["sources"] = JsonSerializer.Deserialize<string[]>(r.GetString(8)) ?? [];
            Put(props, "pagerank", r, 9);
            Put(props, "community", r, 10);
            Put(props, "citationCount", r, 11);
            yield return new ExportNode(r.GetString(0), NodeLabel.Paper, props);
        }
        foreach (var r in Rows(connection, "SELECT id, label, name, discovered, props FROM nodes ORDER BY label, id", cancellationToken))
        {
            if (!Enum.TryParse<NodeLabel>(r.GetString(1), out var label)) continue;
            var props = new Dictionary<string, object>(StringComparer.Ordinal) { ["name"] = r.GetString(2), ["discovered"] = r.GetInt64(3) != 0 };
            Put(props, "props", r, 4);
            yield return new ExportNode(r.GetString(0), label, props);
        }
    }

    public static IEnumerable<ExportRelationship> Relationships(SqliteConnection connection, CancellationToken cancellationToken)
    {
        const string sql = "SELECT src, type, dst, position, confidence, evidence, evidence_start, surface, extractor, props FROM edges ORDER BY type, src, dst";
        string[] names = ["position", "confidence", "evidence", "evidenceStart", "surface", "extractor", "props"];
        foreach (var r in Rows(connection, sql, cancellationToken))
        {
            if (!RelationshipTypeNames.TryParse(r.GetString(1), out var type)) continue;
            var props = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++) Put(props, names[i], r, i + 3);
            yield return new ExportRelationship(r.GetString(0), type, r.GetString(2), props);
        }
    }

    private static void Put(Dictionary<string, object> props, string name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return;
        props[name] = reader.GetFieldType(ordinal) == typeof(long) ? reader.GetInt64(ordinal)
            : reader.GetFieldType(ordinal) == typeof(double) ? reader.GetDouble(ordinal)
            : reader.GetString(ordinal);
    }

    private static IEnumerable<SqliteDataReader> Rows(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return reader;
        }
    }
}

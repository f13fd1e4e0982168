using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Whole-graph reads for analytics and relinking: one query each, streamed row by row.</summary>
internal static class SnapshotQueries
{
    private static readonly string Cites = RelationshipType.Cites.ToGraphName();

    public static IEnumerable<PaperNode> Papers(SqliteConnection connection, CancellationToken cancellationToken) =>
        Rows(connection, $"SELECT {PaperQueries.Columns} FROM papers p ORDER BY p.pk", null, PaperQueries.ReadPaper, cancellationToken);

    public static IEnumerable<CitationRow> Citations(SqliteConnection connection, CancellationToken cancellationToken) =>
        Rows(connection, "SELECT src, dst FROM edges WHERE type = $t", Cites, r => new CitationRow(r.GetString(0), r.GetString(1)), cancellationToken);

    /// <summary>Paper → entity edges with the entity's label and name, and its IS_A / BROADER parent's name when it has one.</summary>
    public static IEnumerable<EntityLinkRow> EntityLinks(SqliteConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.src, e.type, n.label, n.name, parent.name, e.confidence
            FROM edges e
            JOIN nodes n ON n.id = e.dst
            LEFT JOIN edges up ON up.src = n.id AND up.type IN ('IS_A', 'BROADER')
            LEFT JOIN nodes parent ON parent.id = up.dst
            WHERE e.type IN (SELECT value FROM json_each($t)) AND n.label <> 'Author'
            """;
        var types = System.Text.Json.JsonSerializer.Serialize(PaperLinks.ExtractedTypes.Select(t => t.ToGraphName()));
        return Rows(connection, sql, types, r =>
        {
            RelationshipTypeNames.TryParse(r.GetString(1), out var type);
            return new EntityLinkRow(
                r.GetString(0), type, Enum.Parse<NodeLabel>(r.GetString(2)), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? 1 : r.GetDouble(5));
        }, cancellationToken);
    }

    private static IEnumerable<T> Rows<T>(SqliteConnection connection, string sql, string? type, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (type is not null) command.Parameters.AddWithValue("$t", type);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(reader);
        }
    }
}

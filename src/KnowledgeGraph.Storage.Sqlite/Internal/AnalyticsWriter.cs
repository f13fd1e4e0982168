using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Writes analytics results inside the writer's transaction, with parameterized statements only.</summary>
internal static class AnalyticsWriter
{
    private static readonly string RelatedTo = RelationshipType.RelatedTo.ToGraphName();

    public static void WritePapers(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<PaperAnalytics> papers)
    {
        using var command = Command(connection, transaction, "UPDATE papers SET pagerank = $p, community = $c, citation_count = $n WHERE id = $id");
        var (p, c, n, id) = (command.Parameters.Add("$p", SqliteType.Real), command.Parameters.Add("$c", SqliteType.Integer),
            command.Parameters.Add("$n", SqliteType.Integer), command.Parameters.Add("$id", SqliteType.Text));
        foreach (var paper in papers)
        {
            p.Value = paper.PageRank;
            c.Value = paper.Community is { } community ? community : DBNull.Value;
            n.Value = paper.CitationCount;
            id.Value = paper.PaperId;
            command.ExecuteNonQuery();
        }
    }

    public static void WriteCommunities(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CommunitySummary> communities)
    {
        using (var clear = Command(connection, transaction, "DELETE FROM communities")) clear.ExecuteNonQuery();
        using var command = Command(connection, transaction, "INSERT INTO communities (id, size, label) VALUES ($id, $size, $label)");
        var (id, size, label) = (command.Parameters.Add("$id", SqliteType.Integer), command.Parameters.Add("$size", SqliteType.Integer),
            command.Parameters.Add("$label", SqliteType.Text));
        foreach (var community in communities)
        {
            id.Value = community.Id;
            size.Value = community.Size;
            label.Value = community.Label;
            command.ExecuteNonQuery();
        }
    }

    public static void ReplaceRelated(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> sources, IReadOnlyList<RelatedPaperEdge> edges)
    {
        using (var clear = Command(connection, transaction, "DELETE FROM edges WHERE type = $t AND src IN (SELECT value FROM json_each($ids))"))
        {
            clear.Parameters.AddWithValue("$t", RelatedTo);
            clear.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(sources));
            clear.ExecuteNonQuery();
        }
        using var command = Command(
            connection, transaction,
            "INSERT OR REPLACE INTO edges (src, type, dst, position, confidence, extractor, props) VALUES ($src, $t, $dst, $rank, $score, 'related-papers', $props)");
        command.Parameters.AddWithValue("$t", RelatedTo);
        var (src, dst, rank, score, props) = (command.Parameters.Add("$src", SqliteType.Text), command.Parameters.Add("$dst", SqliteType.Text),
            command.Parameters.Add("$rank", SqliteType.Integer), command.Parameters.Add("$score", SqliteType.Real), command.Parameters.Add("$props", SqliteType.Text));
        foreach (var edge in edges)
        {
            src.Value = edge.FromId;
            dst.Value = edge.ToId;
            rank.Value = edge.Rank;
            score.Value = edge.Score;
            props.Value = JsonSerializer.Serialize(new { rank = edge.Rank, score = edge.Score, reasons = edge.Reasons, parts = JsonDocument.Parse(edge.PartsJson).RootElement });
            command.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Deferred index maintenance for a bulk load into an empty store (schema 006, <c>bulk_load_deferred</c>). Starting
/// drops the secondary indexes the unlinked writer never reads and the full-text triggers, and stops feeding the
/// full-text index; finishing recreates each index and trigger from the statement sqlite_master had for it, rebuilds
/// the full-text index in one pass and, when the load wrote links, derives the paper lineage for the whole graph.
/// One CREATE INDEX sorts once, where keeping the index during the load inserts every row at a random place and
/// rewrites most of its pages in every batch's commit. Only indexes and triggers change, so the graph is the same either way.
/// </summary>
internal static class BulkLoad
{
    /// <summary>The full-text index's row: rebuilt from <c>papers_text</c> when the load ends.</summary>
    public const string FullText = "papers_fts";

    /// <summary>The lineage row: set by the first linked batch, and lineage is derived for the whole graph when the load ends.</summary>
    public const string Lineage = "lineage";

    /// <summary>
    /// FTS5 flushes its in-memory term table to a new segment (and later merges segments) each time it holds this many
    /// bytes; the default, 1 MiB, makes a rebuild of 100,000 abstracts write and merge hundreds of small segments.
    /// 16 MiB cut the rebuild's CPU time by a quarter (3.2 → 2.4 s for 100,000 synthetic abstracts).
    /// </summary>
    private const int RebuildHashSize = 16 << 20;
    private const int DefaultHashSize = 1 << 20;

    /// <summary>
    /// Indexes only readers use: lineage reads <c>edges_dst</c>, so during a load it is derived once, at the end.
    /// The identity indexes (<c>papers.id</c>, <c>title_key</c>, <c>paper_ids</c>) stay: resolution reads them.
    /// </summary>
    private static readonly string[] DeferredIndexes =
    [
        "edges_dst", "papers_pagerank", "papers_citation_count", "papers_community", "papers_year", "nodes_label_name",
    ];

    /// <summary>
    /// The full-text triggers do nothing while <c>fts_sync.deferred</c> is set, but SQLite still runs each one's program
    /// for every paper row written: with them, the stub fills' UPDATE took 2.4 s of the writer's time per 50,000 synthetic
    /// records (`kg bench ingest`), without them 0.06 s. They come back, from their saved statements, when the load ends.
    /// </summary>
    private static readonly string[] DeferredTriggers = ["papers_fts_insert", "papers_fts_delete", "papers_fts_update"];

    /// <summary>Starts a load when the store has no paper and no load is pending; false otherwise (nothing changed).</summary>
    public static bool TryBegin(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (Scalar(connection, transaction, "SELECT EXISTS (SELECT 1 FROM papers) OR EXISTS (SELECT 1 FROM bulk_load_deferred)") != 0) return false;
        foreach (var name in DeferredIndexes) Defer(connection, transaction, "index", name);
        foreach (var name in DeferredTriggers) Defer(connection, transaction, "trigger", name);
        using var fullText = Command(connection, transaction, "INSERT INTO bulk_load_deferred (name, sql) VALUES ($name, NULL)");
        fullText.Parameters.AddWithValue("$name", FullText);
        fullText.ExecuteNonQuery();
        using var defer = Command(connection, transaction, "UPDATE fts_sync SET deferred = 1 WHERE id = 1");
        defer.ExecuteNonQuery();
        return true;
    }

    /// <summary>Whether a load's full-text rebuild is still pending (another store may have finished the load).</summary>
    public static bool IsPending(SqliteConnection connection, SqliteTransaction transaction) =>
        Scalar(connection, transaction, "SELECT EXISTS (SELECT 1 FROM bulk_load_deferred)") != 0;

    /// <summary>Recreates whatever a load deferred; nothing when no load is pending. Returns whether there was one.</summary>
    public static bool Finish(SqliteConnection connection, SqliteTransaction transaction)
    {
        var pending = new List<(string Name, string? Sql)>();
        using (var read = Command(connection, transaction, "SELECT name, sql FROM bulk_load_deferred ORDER BY name"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read()) pending.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        if (pending.Count == 0) return false;
        foreach (var (name, sql) in pending)
        {
            if (name == Lineage) continue;
            if (name == FullText)
            {
                RebuildFullText(connection, transaction);
                continue;
            }
            // The statement is the store's own DDL (an index or a trigger), saved from sqlite_master when the load began.
            using var restore = Command(connection, transaction, sql!);
            restore.ExecuteNonQuery();
        }
        // Last: lineage reads edges by target, through the index restored above.
        if (pending.Exists(p => p.Name == Lineage))
        {
            using var lineage = Command(connection, transaction, LineageSql.RefreshAll);
            lineage.ExecuteNonQuery();
        }
        using var done = Command(connection, transaction, "DELETE FROM bulk_load_deferred; UPDATE fts_sync SET deferred = 0 WHERE id = 1");
        done.ExecuteNonQuery();
        return true;
    }

    /// <summary>Saves the statement that created an index or trigger, then drops it; nothing when it does not exist.</summary>
    private static void Defer(SqliteConnection connection, SqliteTransaction transaction, string type, string name)
    {
        using var save = Command(connection, transaction,
            "INSERT INTO bulk_load_deferred (name, sql) SELECT name, sql FROM sqlite_master WHERE type = $type AND name = $name");
        save.Parameters.AddWithValue("$type", type);
        save.Parameters.AddWithValue("$name", name);
        if (save.ExecuteNonQuery() == 0) return;
        // An identifier cannot be a parameter; type and name are the constants above, never input.
        using var drop = Command(connection, transaction, (type == "trigger" ? "DROP TRIGGER " : "DROP INDEX ") + name);
        drop.ExecuteNonQuery();
    }

    private static void RebuildFullText(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', $size)");
        command.Parameters.AddWithValue("$size", RebuildHashSize);
        command.ExecuteNonQuery();
        using (var rebuild = Command(connection, transaction, "INSERT INTO papers_fts (papers_fts) VALUES ('rebuild')")) rebuild.ExecuteNonQuery();
        command.Parameters["$size"].Value = DefaultHashSize;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

using System.Globalization;
using KnowledgeGraph.Core.Storage.Inbox;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Reads and writes the inbox checkpoint tables; every value is a parameter.</summary>
internal static class InboxQueries
{
    private const string FileColumns = "sha256, name, size, status, position, records_committed, problems, moved_to, first_seen, updated_at";

    public static InboxFile? GetFile(SqliteConnection connection, SqliteTransaction? transaction, string sha256)
    {
        using var command = Command(connection, transaction, $"SELECT {FileColumns} FROM inbox_files WHERE sha256 = $sha");
        command.Parameters.AddWithValue("$sha", sha256);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadFile(reader) : null;
    }

    public static InboxFile Begin(SqliteConnection connection, SqliteTransaction transaction, string sha256, string name, long size, DateTimeOffset at)
    {
        using (var insert = Command(connection, transaction, """
            INSERT INTO inbox_files (sha256, name, size, status, first_seen, updated_at)
            VALUES ($sha, $name, $size, 'in-progress', $at, $at)
            ON CONFLICT (sha256) DO NOTHING
            """))
        {
            insert.Parameters.AddWithValue("$sha", sha256);
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$size", size);
            insert.Parameters.AddWithValue("$at", Format(at));
            insert.ExecuteNonQuery();
        }
        return GetFile(connection, transaction, sha256)!;
    }

    public static void Advance(SqliteConnection connection, SqliteTransaction transaction, InboxCheckpoint checkpoint)
    {
        var at = Format(checkpoint.At);
        using (var update = Command(connection, transaction, """
            UPDATE inbox_files
            SET position = max(position, $position), records_committed = records_committed + $records, problems = problems + $problems,
                status = $status, moved_to = coalesce($moved, moved_to), updated_at = $at
            WHERE sha256 = $sha
            """))
        {
            update.Parameters.AddWithValue("$position", checkpoint.Position);
            update.Parameters.AddWithValue("$records", checkpoint.RecordsAdded);
            update.Parameters.AddWithValue("$problems", checkpoint.ProblemCount);
            update.Parameters.AddWithValue("$status", StatusName(checkpoint.Status));
            update.Parameters.AddWithValue("$moved", (object?)checkpoint.MovedTo ?? DBNull.Value);
            update.Parameters.AddWithValue("$at", at);
            update.Parameters.AddWithValue("$sha", checkpoint.Sha256);
            if (update.ExecuteNonQuery() != 1) throw new InvalidOperationException($"Inbox file {checkpoint.Sha256} was never begun.");
        }
        if (checkpoint.Problems.Count == 0) return;
        using var insert = Command(connection, transaction, "INSERT INTO inbox_problems (sha256, location, message, at) VALUES ($sha, $location, $message, $at)");
        insert.Parameters.AddWithValue("$sha", checkpoint.Sha256);
        insert.Parameters.AddWithValue("$at", at);
        var location = insert.Parameters.Add("$location", SqliteType.Text);
        var message = insert.Parameters.Add("$message", SqliteType.Text);
        foreach (var problem in checkpoint.Problems)
        {
            location.Value = problem.Location.ToString();
            message.Value = problem.Message;
            insert.ExecuteNonQuery();
        }
    }

    public static IReadOnlyList<InboxProblem> Problems(SqliteConnection connection, string sha256, int limit)
    {
        using var command = Command(connection, null, """
            SELECT p.sha256, f.name, p.location, p.message, p.at FROM inbox_problems p JOIN inbox_files f ON f.sha256 = p.sha256
            WHERE p.sha256 = $sha ORDER BY p.id LIMIT $limit
            """);
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadProblems(command);
    }

    public static InboxStatus Status(SqliteConnection connection, int recent)
    {
        int done = 0, inProgress = 0, quarantined = 0;
        long records = 0, problems = 0;
        using (var counts = Command(connection, null, "SELECT status, count(*), sum(records_committed), sum(problems) FROM inbox_files GROUP BY status"))
        using (var reader = counts.ExecuteReader())
        {
            while (reader.Read())
            {
                var n = reader.GetInt32(1);
                switch (ParseStatus(reader.GetString(0)))
                {
                    case InboxFileStatus.Done: done = n; break;
                    case InboxFileStatus.InProgress: inProgress = n; break;
                    case InboxFileStatus.Quarantined: quarantined = n; break;
                }
                records += reader.GetInt64(2);
                problems += reader.GetInt64(3);
            }
        }

        var files = new List<InboxFile>();
        using (var recentFiles = Command(connection, null, $"SELECT {FileColumns} FROM inbox_files ORDER BY updated_at DESC, sha256 LIMIT $limit"))
        {
            recentFiles.Parameters.AddWithValue("$limit", recent);
            using var reader = recentFiles.ExecuteReader();
            while (reader.Read()) files.Add(ReadFile(reader));
        }

        using var recentProblems = Command(connection, null, """
            SELECT p.sha256, f.name, p.location, p.message, p.at FROM inbox_problems p JOIN inbox_files f ON f.sha256 = p.sha256
            ORDER BY p.id DESC LIMIT $limit
            """);
        recentProblems.Parameters.AddWithValue("$limit", recent);
        return new InboxStatus(done, inProgress, quarantined, records, problems, files, ReadProblems(recentProblems), LastRefresh(connection));
    }

    public static void RecordRefresh(SqliteConnection connection, SqliteTransaction transaction, AnalyticsRefreshRecord refresh)
    {
        using var command = Command(connection, transaction, """
            INSERT OR REPLACE INTO analytics_refreshes (id, refreshed_at, papers, communities, seconds) VALUES (1, $at, $papers, $communities, $seconds)
            """);
        command.Parameters.AddWithValue("$at", Format(refresh.At));
        command.Parameters.AddWithValue("$papers", refresh.Papers);
        command.Parameters.AddWithValue("$communities", refresh.Communities);
        command.Parameters.AddWithValue("$seconds", refresh.Seconds);
        command.ExecuteNonQuery();
    }

    private static AnalyticsRefreshRecord? LastRefresh(SqliteConnection connection)
    {
        using var command = Command(connection, null, "SELECT refreshed_at, papers, communities, seconds FROM analytics_refreshes WHERE id = 1");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AnalyticsRefreshRecord(Parse(reader.GetString(0)), reader.GetInt32(1), reader.GetInt32(2), reader.GetDouble(3))
            : null;
    }

    private static List<InboxProblem> ReadProblems(SqliteCommand command)
    {
        var problems = new List<InboxProblem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            problems.Add(new InboxProblem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Parse(reader.GetString(4))));
        }
        return problems;
    }

    private static InboxFile ReadFile(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt64(2), ParseStatus(r.GetString(3)), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
        r.IsDBNull(7) ? null : r.GetString(7), Parse(r.GetString(8)), Parse(r.GetString(9)));

    internal static string StatusName(InboxFileStatus status) => status switch
    {
        InboxFileStatus.InProgress => "in-progress",
        InboxFileStatus.Done => "done",
        InboxFileStatus.Quarantined => "quarantined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static InboxFileStatus ParseStatus(string text) => text switch
    {
        "in-progress" => InboxFileStatus.InProgress,
        "done" => InboxFileStatus.Done,
        "quarantined" => InboxFileStatus.Quarantined,
        _ => throw new InvalidDataException($"Unknown inbox file status '{text}'."),
    };

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Applies the DDL scripts embedded from <c>schema/sqlite/NNN_name.sql</c> in version order. The highest applied
/// version is kept in <c>PRAGMA user_version</c> and every applied script is listed in <c>schema_version</c>.
/// </summary>
internal static class SchemaMigrator
{
    public const string ResourcePrefix = "KnowledgeGraph.Storage.Sqlite.Schema.";

    public sealed record Script(int Version, string Name, string Sql);

    /// <summary>The embedded scripts, ordered by version.</summary>
    public static IReadOnlyList<Script> LoadScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal)) continue;
            var name = resource[ResourcePrefix.Length..^4];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Schema resource '{resource}' is not named NNN_name.sql.");
            }
            scripts.Add(new Script(version, name, Read(assembly, resource)));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (scripts.Count == 0) throw new InvalidOperationException("No schema scripts are embedded in the SQLite store assembly.");
        return scripts;
    }

    public static int LatestVersion => LoadScripts()[^1].Version;

    /// <summary>Applies every script newer than the database's user_version, each in its own transaction.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        var applied = 0;
        foreach (var script in LoadScripts())
        {
            // BEGIN IMMEDIATE takes the write lock first, so two processes starting together cannot both apply a script.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (UserVersion(connection, transaction) >= script.Version) continue;
            Execute(connection, transaction, script.Sql);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", script.Version);
                record.Parameters.AddWithValue("$n", script.Name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }
            // PRAGMA takes no parameters; the version is an int parsed from our own resource name.
            Execute(connection, transaction, "PRAGMA user_version = " + script.Version.ToString(CultureInfo.InvariantCulture));
            transaction.Commit();
            applied++;
        }
        return applied;
    }

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Schema resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

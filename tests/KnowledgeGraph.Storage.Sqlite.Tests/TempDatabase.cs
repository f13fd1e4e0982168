using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A database file under the temp folder, deleted (with its WAL and shared-memory files) on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}", "kg.db");

    /// <summary>The folder the database lives in (created by the store, deleted with it).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    public SqliteStoreOptions Options => new() { DatabasePath = Path };

    /// <summary>A raw connection for inspecting the file; not pooled, so it leaves no handle open.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

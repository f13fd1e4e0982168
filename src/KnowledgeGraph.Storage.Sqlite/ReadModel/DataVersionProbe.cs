using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Tells whether the database changed: <c>PRAGMA data_version</c> on one connection that never writes changes whenever
/// any other connection, in any process, commits. One pragma costs microseconds, so it is read before every cached read.
/// </summary>
internal sealed class DataVersionProbe(string databasePath) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public long Read()
    {
        lock (_gate)
        {
            if (_command is null)
            {
                // Its own handle, never pooled: data_version is per connection, so the same one must be asked every time.
                _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
                _connection.Open();
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
            }
            return (long)_command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
            _connection = null;
        }
    }
}

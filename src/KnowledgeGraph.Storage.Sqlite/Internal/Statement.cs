using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// A statement prepared once (SQLITE_PREPARE_PERSISTENT) on the writer connection and reset after each use.
/// The hot write path binds and steps it directly, skipping the per-call reader and parameter objects ADO.NET creates.
/// Values are always bound as parameters (1-based, in the order of the <c>?NNN</c> / <c>$name</c> placeholders).
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public Statement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public Statement Bind(int index, string? value)
    {
        // UTF-16 straight from the string: SQLite copies and converts it natively, so binding allocates nothing.
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan()));
        return this;
    }

    /// <summary>Binds UTF-8 text; SQLite copies it, so the span may be reused as soon as this returns.</summary>
    public Statement Bind(int index, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(_stmt, index, utf8));
        return this;
    }

    public Statement Bind(int index, long? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_int64(_stmt, index, value.Value));
        return this;
    }

    public Statement Bind(int index, double? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_double(_stmt, index, value.Value));
        return this;
    }

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_stmt);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, _db);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Steps to the next row; false when done. Call <see cref="Reset"/> when finished reading.</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_stmt);
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_stmt, column) == raw.SQLITE_NULL;

    public string? GetString(int column) => IsNull(column) ? null : raw.sqlite3_column_text(_stmt, column).utf8_to_string();

    public long? GetInt64(int column) => IsNull(column) ? null : raw.sqlite3_column_int64(_stmt, column);

    public void Reset() => raw.sqlite3_reset(_stmt);

    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}

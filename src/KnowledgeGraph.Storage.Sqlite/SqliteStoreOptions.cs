using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where the SQLite store keeps its graph and how it waits for locks.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultDatabasePath = "./data/kg.db";

    /// <summary>
    /// A full Microsoft.Data.Sqlite connection string. When set it wins over <see cref="DatabasePath"/>.
    /// Default: null.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database file; its folder is created when missing. Default: <c>./data/kg.db</c>.</summary>
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>How long a connection waits for a lock held by another writer before failing. Default: 30 s.</summary>
    [Range(0, 3600)]
    public int BusyTimeoutSeconds { get; set; } = 30;
}

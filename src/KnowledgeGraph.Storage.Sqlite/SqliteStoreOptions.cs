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

    /// <summary>
    /// The page size of a database file this store creates (an existing file keeps its own). A power of two from 512 to
    /// 65,536. Default: 16,384: a commit writes each dirty page to the WAL as one frame, and with 4 KiB pages a batch of
    /// 10,000 papers wrote so many frames that commits took a quarter of the ingest time; 16 KiB pages cut the CPU time
    /// of `kg bench ingest --records 100000` by about a sixth (33 → 27.5 s), 64 KiB pages made it slower again.
    /// </summary>
    [Range(512, 65536)]
    public int PageSizeBytes { get; set; } = 16_384;

    /// <summary>How long a connection waits for a lock held by another writer before failing. Default: 30 s.</summary>
    [Range(0, 3600)]
    public int BusyTimeoutSeconds { get; set; } = 30;
}

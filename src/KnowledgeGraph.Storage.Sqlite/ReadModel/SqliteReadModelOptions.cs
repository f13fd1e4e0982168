using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>How <see cref="SqliteGraphReadModel"/> reads: how many paper pages (search and list results) it keeps.</summary>
public sealed class SqliteReadModelOptions
{
    /// <summary>
    /// Most paper pages kept in memory, keyed by the whole query (search text, filters, order, page). Any commit to
    /// the database, by this process or another, empties the cache before the next read. 0 turns it off. Default: 1,024.
    /// </summary>
    [Range(0, 1_000_000)]
    public int PaperPageCacheEntries { get; set; } = 1024;
}

using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite.Internal;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The store as an export source: nodes and relationships streamed on a connection of their own.</summary>
public sealed partial class SqliteGraphStore : IGraphExportSource
{
    public async IAsyncEnumerable<ExportNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var node in StreamAsync(ExportQueries.Nodes, cancellationToken)) yield return node;
    }

    public async IAsyncEnumerable<ExportRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var relationship in StreamAsync(ExportQueries.Relationships, cancellationToken)) yield return relationship;
    }
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The whole graph streamed for export (Cypher, neo4j-admin CSV, GraphML): every node with all its properties, then
/// every relationship with all of its own (evidence, confidence, extractor, …). Each is one streamed pass.
/// </summary>
public interface IGraphExportSource
{
    /// <summary>Every node, papers (stubs included) first, then the other labels.</summary>
    IAsyncEnumerable<ExportNode> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship whose type is in the model.</summary>
    IAsyncEnumerable<ExportRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A node for export. Property values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/> or a string array; properties without a value are absent.
/// </summary>
public sealed record ExportNode(string Id, NodeLabel Label, IReadOnlyDictionary<string, object> Properties);

/// <summary>A relationship for export, with the same property value types as <see cref="ExportNode"/>.</summary>
public sealed record ExportRelationship(string StartId, RelationshipType Type, string EndId, IReadOnlyDictionary<string, object> Properties);

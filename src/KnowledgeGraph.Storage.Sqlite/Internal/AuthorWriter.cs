using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Writes the AUTHORED_BY edges (and Author nodes) of a batch set-based: queued while the batch's papers are written,
/// then one insert of the new Author nodes and one of the edges. A paper keeps the author list it was first given:
/// another source's spelling of the same people would add duplicates.
/// </summary>
internal sealed class AuthorWriter(WriterStatements statements, ISet<string> knownNodes)
{
    private readonly WriterStatements _statements = statements;
    private readonly ISet<string> _knownNodes = knownNodes;
    private readonly HashSet<string> _queuedPapers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nodes = new(StringComparer.Ordinal);
    private readonly List<(string PaperId, string NodeId, int Position)> _edges = [];

    /// <summary>The Author node ids written in this batch (known to exist once it commits).</summary>
    public IEnumerable<string> WrittenNodes => _nodes.Keys;

    public void Reset()
    {
        _queuedPapers.Clear();
        _nodes.Clear();
        _edges.Clear();
    }

    /// <summary>Queues a paper's authors; <paramref name="knownEmpty"/> skips the check for authors already stored.</summary>
    public void Add(string paperId, IReadOnlyList<string> authors, bool knownEmpty)
    {
        if (authors.Count == 0 || _queuedPapers.Contains(paperId)) return;
        if (!knownEmpty && _statements.HasAuthors(paperId)) return;
        _queuedPapers.Add(paperId);
        for (var i = 0; i < authors.Count; i++)
        {
            var name = authors[i]?.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            var nodeId = EntityId.For(NodeLabel.Author, name);
            if (nodeId.Length <= "author:".Length) continue;
            if (!_knownNodes.Contains(nodeId)) _nodes.TryAdd(nodeId, name);
            _edges.Add((paperId, nodeId, i));
        }
    }

    /// <summary>Writes the queued nodes and edges; the papers that gained an author edge go into <paramref name="authored"/> when given.</summary>
    public void Flush(ISet<string>? authored)
    {
        if (_edges.Count == 0) return;
        if (_nodes.Count > 0)
        {
            using var nodes = new JsonRows();
            foreach (var (id, name) in _nodes) nodes.Row(id, name);
            _statements.InsertAuthors(nodes);
        }
        // Key order, so the rows land in the edge B-tree's order.
        _edges.Sort(static (a, b) =>
        {
            var byPaper = string.CompareOrdinal(a.PaperId, b.PaperId);
            return byPaper != 0 ? byPaper : string.CompareOrdinal(a.NodeId, b.NodeId);
        });
        using var edges = new JsonRows();
        foreach (var (paperId, nodeId, position) in _edges) edges.Row(paperId, nodeId, position);
        _statements.AddAuthorships(edges, authored);
        _edges.Clear();
        _queuedPapers.Clear();
    }
}

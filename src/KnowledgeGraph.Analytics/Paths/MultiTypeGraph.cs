using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;
using QuikGraph;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// The undirected multi-type graph (papers and entities; CITES and paper–entity edges) as a QuikGraph
/// <see cref="UndirectedGraph{TVertex,TEdge}"/> for traversal and paths. Vertices: paper i is i, entity e is
/// papers + e. Internal: QuikGraph types stay behind <see cref="ShortestPath"/>.
/// </summary>
internal sealed class MultiTypeGraph
{
    public MultiTypeGraph(CsrGraph citations, EntityTable entities)
    {
        PaperCount = citations.NodeCount;
        Graph = new UndirectedGraph<int, TaggedEdge<int, RelationshipType>>(allowParallelEdges: true);
        Graph.AddVertexRange(Enumerable.Range(0, PaperCount + entities.Count));
        for (var p = 0; p < PaperCount; p++)
        {
            foreach (var q in citations.OutNeighbors(p))
            {
                if (q != p) Graph.AddEdge(new TaggedEdge<int, RelationshipType>(p, q, RelationshipType.Cites));
            }
            var own = entities.EntitiesOf(p);
            for (var i = 0; i < own.Length; i++)
            {
                Graph.AddEdge(new TaggedEdge<int, RelationshipType>(p, PaperCount + own[i], entities.TypeOf(p, i)));
            }
        }
    }

    public int PaperCount { get; }

    public UndirectedGraph<int, TaggedEdge<int, RelationshipType>> Graph { get; }
}

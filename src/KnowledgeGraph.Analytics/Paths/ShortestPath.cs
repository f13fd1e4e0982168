using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;
using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// Fewest-hop path between two nodes of the knowledge graph (papers or entities), ignoring edge direction, by
/// QuikGraph's breadth-first search over the snapshot's multi-type graph. Returns the path as steps.
/// </summary>
public static class ShortestPath
{
    /// <summary>The path from <paramref name="from"/> to <paramref name="to"/>, or null when they are not connected
    /// or unknown. Ids are paper ids or entity ids (<see cref="EntityId.For"/>, e.g. <c>method:mamba</c>).</summary>
    public static IReadOnlyList<PathStep>? Find(AnalyticsSnapshot snapshot, string from, string to)
    {
        var multi = snapshot.MultiTypeGraph;
        if (Vertex(snapshot, from) is not { } source || Vertex(snapshot, to) is not { } target) return null;
        if (source == target) return [Step(snapshot, source, null)];
        var bfs = new UndirectedBreadthFirstSearchAlgorithm<int, TaggedEdge<int, RelationshipType>>(multi.Graph);
        var recorder = new UndirectedVertexPredecessorRecorderObserver<int, TaggedEdge<int, RelationshipType>>();
        using (recorder.Attach(bfs))
        {
            bfs.SetRootVertex(source);
            bfs.Compute();
        }
        if (!recorder.TryGetPath(target, out var edges)) return null;
        var steps = new List<PathStep> { Step(snapshot, source, null) };
        var current = source;
        foreach (var edge in edges)
        {
            var next = edge.Source == current ? edge.Target : edge.Source;
            steps.Add(Step(snapshot, next, edge.Tag));
            current = next;
        }
        return steps;
    }

    private static int? Vertex(AnalyticsSnapshot snapshot, string id)
    {
        if (snapshot.IndexOf(id) is { } paper) return paper;
        if (snapshot.EntityIndexOf(id) is { } entity) return snapshot.PaperCount + entity;
        return snapshot.FindPaper(id);
    }

    private static PathStep Step(AnalyticsSnapshot snapshot, int vertex, RelationshipType? via)
    {
        if (vertex < snapshot.PaperCount) return new PathStep(snapshot.Ids[vertex], NodeLabel.Paper, snapshot.Titles[vertex], via);
        var e = vertex - snapshot.PaperCount;
        var label = snapshot.Entities.Labels[e];
        var name = snapshot.Entities.Names[e];
        return new PathStep(EntityId.For(label, name), label, name, via);
    }
}

using KnowledgeGraph.Analytics.Graph;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Communities;

/// <summary>
/// The graph communities are found on: the citations, plus an edge between every two papers that share a rare
/// entity — a method, dataset, task or concept named by at most <c>maxDocumentFrequency</c> papers. Without those
/// edges a corpus without citations (a trending page, a feed) splits into one community per paper; with them the
/// papers of one family (the Mamba papers, the architecture-search papers) cluster. Common entities add no edge:
/// they would join everything, and a clique over thousands of papers would cost more than the citations.
/// Papers that share several rare entities get parallel edges, which Louvain counts as weight.
/// </summary>
public static class CommunityGraph
{
    private static readonly NodeLabel[] TopicLabels = [NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Task, NodeLabel.Concept];

    public static CsrGraph Build(CsrGraph citations, EntityTable entities, int maxDocumentFrequency)
    {
        var edges = new EdgeList(citations.NodeCount, citations.EdgeCount);
        for (var u = 0; u < citations.NodeCount; u++)
        {
            foreach (var v in citations.OutNeighbors(u)) edges.Add(u, v);
        }
        var papers = new List<int>();
        for (var e = 0; e < entities.Count; e++)
        {
            var df = entities.DocumentFrequency(e);
            if (df < 2 || df > maxDocumentFrequency || Array.IndexOf(TopicLabels, entities.Labels[e]) < 0) continue;
            papers.Clear();
            foreach (var p in entities.PapersOf(e))
            {
                if (!papers.Contains(p)) papers.Add(p);
            }
            for (var i = 0; i < papers.Count; i++)
            {
                for (var j = i + 1; j < papers.Count; j++) edges.Add(papers[i], papers[j]);
            }
        }
        return CsrGraph.FromEdges(edges);
    }
}

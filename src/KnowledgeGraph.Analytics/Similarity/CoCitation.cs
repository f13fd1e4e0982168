using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Similarity;

/// <summary>
/// Citation-overlap measures around one paper p over a <see cref="CsrGraph"/> (edge = citing → cited):
/// co-citation (how many papers cite both p and q) and bibliographic coupling (how many references p and q share),
/// plus Adamic–Adar on the undirected citation graph. Each adds into a <see cref="ScoreAccumulator"/>.
/// </summary>
public static class CoCitation
{
    /// <summary>For every q ≠ p cited together with p: adds the number of papers citing both.</summary>
    public static void CoCited(CsrGraph graph, int paper, ScoreAccumulator counts, int maxFanOut = 5000)
    {
        foreach (var citer in graph.InNeighbors(paper))
        {
            var refs = graph.OutNeighbors(citer);
            if (refs.Length > maxFanOut) continue;
            foreach (var q in refs)
            {
                if (q != paper) counts.Add(q, 1);
            }
        }
    }

    /// <summary>
    /// For every q ≠ p that shares references with p: adds 1 / ln(2 + citations of the shared reference) per shared
    /// reference (a shared obscure reference says more than a shared classic) and counts them in <paramref name="shared"/>.
    /// </summary>
    public static void Coupled(CsrGraph graph, int paper, ScoreAccumulator weighted, ScoreAccumulator? shared = null, int maxFanOut = 20000)
    {
        foreach (var reference in graph.OutNeighbors(paper))
        {
            var citers = graph.InNeighbors(reference);
            if (citers.Length > maxFanOut) continue;
            var weight = 1 / Math.Log(2 + citers.Length);
            foreach (var q in citers)
            {
                if (q == paper) continue;
                weighted.Add(q, weight);
                shared?.Add(q, 1);
            }
        }
    }

    /// <summary>Adamic–Adar: Σ over common undirected neighbours z of 1 / ln(degree z).</summary>
    public static void AdamicAdar(CsrGraph graph, int paper, ScoreAccumulator scores, int maxFanOut = 20000)
    {
        Visit(graph.OutNeighbors(paper));
        Visit(graph.InNeighbors(paper));

        void Visit(ReadOnlySpan<int> neighbours)
        {
            foreach (var z in neighbours)
            {
                var degree = graph.OutDegree(z) + graph.InDegree(z);
                if (degree < 2 || degree > maxFanOut) continue;
                var weight = 1 / Math.Log(degree);
                foreach (var q in graph.OutNeighbors(z)) if (q != paper) scores.Add(q, weight);
                foreach (var q in graph.InNeighbors(z)) if (q != paper) scores.Add(q, weight);
            }
        }
    }

    /// <summary>Number of papers citing both a and b (both in-lists are sorted by source id).</summary>
    public static int CoCitationCount(CsrGraph graph, int a, int b) => SortedIntersectionCount(graph.InNeighbors(a), graph.InNeighbors(b));

    /// <summary>References a and b share.</summary>
    public static List<int> SharedReferences(CsrGraph graph, int a, int b)
    {
        var set = new HashSet<int>(graph.OutNeighbors(a).ToArray());
        var shared = new List<int>();
        foreach (var r in graph.OutNeighbors(b)) if (set.Contains(r)) shared.Add(r);
        return shared;
    }

    private static int SortedIntersectionCount(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        int i = 0, j = 0, count = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                count++;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return count;
    }
}

using System.Diagnostics;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Evaluation;

/// <summary>
/// Measures related-paper rankers on held-out citations. See <see cref="Protocol"/> for the exact rules; hybrid,
/// BM25 text-only, Adamic–Adar citation-only and random rankers run on the same split and the same queries.
/// </summary>
public static class RecommendationEvaluator
{
    public const string Protocol =
        "Citation edges (duplicates and self-citations removed) are shuffled with the seed and {holdout:P0} of them are hidden; " +
        "the snapshot (PageRank, communities, co-citation, coupling, text, entities) is built from the visible edges only. " +
        "Queries: every paper with at least one hidden out-edge (or a seeded sample of them). " +
        "For query p, the candidates are all papers except p, the papers p cites in the visible graph and the papers citing p " +
        "in the visible graph (p cannot cite a paper that cites it, barring rare mutual citations; such hidden edges are counted " +
        "as RelevantExcluded and dropped). Relevant = p's hidden cited papers. Each method ranks the candidates, top {depth}. " +
        "Recall@K = relevant in top K / |relevant|; MRR = 1 / rank of the first relevant paper within the top {depth} (0 if none); " +
        "nDCG@K with binary gains and ideal DCG over min(|relevant|, K) hits; HitRate@K = share of queries with a hit in the top K. " +
        "All metrics are means over queries. Methods: hybrid = RelatedPaperRecommender (text + entities + co-citation + coupling + " +
        "personalized PageRank); bm25 = BM25 over title + abstract with p's text as query; adamic-adar = Σ 1/ln(deg z) over common " +
        "neighbours z in the undirected visible citation graph; random = uniform sample of candidates.";

    public static EvaluationReport Run(SnapshotInput input, EvaluationOptions? options = null, RecommendationOptions? recommendation = null,
        Action<string>? progress = null)
    {
        options ??= new EvaluationOptions();
        var clock = Stopwatch.StartNew();
        var (visible, hidden, edgeCount) = Split(input, options);
        var snapshot = SnapshotBuilder.Build(input with { Citations = visible });
        progress?.Invoke($"snapshot of {snapshot.PaperCount:N0} papers and {snapshot.Citations.EdgeCount:N0} visible citations in {snapshot.BuildTime.TotalSeconds:0.0} s; {hidden.Count:N0} hidden");
        var recommender = new RelatedPaperRecommender(snapshot, recommendation);

        var bySource = new Dictionary<int, List<int>>();
        foreach (var edge in hidden)
        {
            if (snapshot.IndexOf(edge.CitingId) is not { } s || snapshot.IndexOf(edge.CitedId) is not { } t) continue;
            if (!bySource.TryGetValue(s, out var list)) bySource[s] = list = [];
            list.Add(t);
        }
        var queries = bySource.Keys.Order().ToList();
        if (options.MaxQueries > 0 && queries.Count > options.MaxQueries)
        {
            var sample = queries.ToArray();
            new Random(options.Seed).Shuffle(sample);
            queries = [.. sample.Take(options.MaxQueries).Order()];
        }

        string[] methods = ["hybrid", "bm25", "adamic-adar", "random"];
        var totals = new double[methods.Length, 5];
        var used = 0;
        var excludedRelevant = 0;
        var gate = new object();
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            () => (Sums: new double[methods.Length, 5], Used: 0, Excluded: 0),
            (p, _, local) =>
            {
                var graph = snapshot.Citations;
                var exclude = new HashSet<int>(graph.OutNeighbors(p).ToArray());
                exclude.UnionWith(graph.InNeighbors(p).ToArray());
                exclude.Add(p);
                var relevant = new HashSet<int>();
                foreach (var t in bySource[p])
                {
                    if (exclude.Contains(t)) local.Excluded++;
                    else relevant.Add(t);
                }
                if (relevant.Count == 0) return local;
                local.Used++;
                for (var m = 0; m < methods.Length; m++)
                {
                    var watch = Stopwatch.StartNew();
                    var ranking = m switch
                    {
                        0 => recommender.Recommend(new RecommendationQuery([p], [], options.Depth, exclude, Explain: false)).Select(r => r.Paper).ToList(),
                        1 => recommender.RankByText(p, options.Depth, c => !exclude.Contains(c)),
                        2 => recommender.RankByAdamicAdar(p, options.Depth, c => !exclude.Contains(c)),
                        _ => RandomRanking(snapshot.PaperCount, exclude, options.Depth, options.Seed ^ (p * 7919)),
                    };
                    local.Sums[m, 4] += watch.Elapsed.TotalMilliseconds;
                    Score(ranking, relevant, options.K, local.Sums, m);
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var m = 0; m < methods.Length; m++)
                    {
                        for (var j = 0; j < 5; j++) totals[m, j] += local.Sums[m, j];
                    }
                    used += local.Used;
                    excludedRelevant += local.Excluded;
                }
            });

        var metrics = new List<MethodMetrics>();
        for (var m = 0; m < methods.Length; m++)
        {
            var q = Math.Max(1, used);
            metrics.Add(new MethodMetrics(methods[m], totals[m, 0] / q, totals[m, 1] / q, totals[m, 2] / q, totals[m, 3] / q, totals[m, 4] / q));
        }
        return new EvaluationReport
        {
            Protocol = Protocol.Replace("{holdout:P0}", options.HoldoutFraction.ToString("P0")).Replace("{depth}", options.Depth.ToString()),
            Papers = snapshot.PaperCount,
            CitationEdges = edgeCount,
            HiddenEdges = hidden.Count,
            Queries = used,
            RelevantExcluded = excludedRelevant,
            K = options.K,
            Seed = options.Seed,
            Methods = metrics,
            HybridOverBm25RecallGain = metrics[1].RecallAtK > 0 ? metrics[0].RecallAtK / metrics[1].RecallAtK - 1 : double.PositiveInfinity,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Deduplicates the citations, shuffles them with the seed and hides the first share.</summary>
    internal static (List<CitationInput> Visible, List<CitationInput> Hidden, int Edges) Split(SnapshotInput input, EvaluationOptions options)
    {
        var known = new HashSet<string>(input.Papers.Select(p => p.Id), StringComparer.Ordinal);
        var edges = input.Citations
            .Where(c => c.CitingId != c.CitedId && known.Contains(c.CitingId) && known.Contains(c.CitedId))
            .Distinct()
            .OrderBy(c => c.CitingId, StringComparer.Ordinal).ThenBy(c => c.CitedId, StringComparer.Ordinal)
            .ToArray();
        new Random(options.Seed).Shuffle(edges);
        var hiddenCount = (int)Math.Round(edges.Length * options.HoldoutFraction);
        return ([.. edges.Skip(hiddenCount)], [.. edges.Take(hiddenCount)], edges.Length);
    }

    private static List<int> RandomRanking(int papers, HashSet<int> exclude, int depth, int seed)
    {
        var random = new Random(seed);
        var picked = new HashSet<int>();
        var ranking = new List<int>(depth);
        var available = papers - exclude.Count;
        while (ranking.Count < Math.Min(depth, available))
        {
            var c = random.Next(papers);
            if (exclude.Contains(c) || !picked.Add(c)) continue;
            ranking.Add(c);
        }
        return ranking;
    }

    internal static void Score(List<int> ranking, HashSet<int> relevant, int k, double[,] sums, int method)
    {
        var hits = 0;
        var dcg = 0.0;
        var firstHit = 0;
        for (var i = 0; i < ranking.Count; i++)
        {
            if (!relevant.Contains(ranking[i])) continue;
            if (firstHit == 0) firstHit = i + 1;
            if (i < k)
            {
                hits++;
                dcg += 1 / Math.Log2(i + 2);
            }
        }
        var ideal = 0.0;
        for (var i = 0; i < Math.Min(relevant.Count, k); i++) ideal += 1 / Math.Log2(i + 2);
        sums[method, 0] += (double)hits / relevant.Count;
        sums[method, 1] += firstHit > 0 ? 1.0 / firstHit : 0;
        sums[method, 2] += dcg / ideal;
        sums[method, 3] += hits > 0 ? 1 : 0;
    }
}

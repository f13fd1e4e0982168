using System.Collections.Concurrent;
using KnowledgeGraph.Analytics.Ranking;
using KnowledgeGraph.Analytics.Similarity;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>
/// Related papers by a hybrid score over one <see cref="AnalyticsSnapshot"/>: shared entities weighted by rarity,
/// co-citation, bibliographic coupling, BM25 text similarity and personalized PageRank. Each signal is computed
/// sparsely from the seeds, scaled to 0..1 by its best candidate and weighted (<see cref="RecommendationOptions"/>);
/// negative seeds subtract their own weighted similarity. Every result carries its score parts and reasons.
/// Thread-safe: concurrent queries use pooled scratch space.
/// </summary>
public sealed class RelatedPaperRecommender
{
    private readonly AnalyticsSnapshot _snapshot;
    private readonly RecommendationOptions _options;
    private readonly ConcurrentBag<SignalSet> _pool = [];
    private readonly int _maxTermFrequency;
    private readonly int _maxEntityFrequency;
    private readonly int[] _degrees;

    public RelatedPaperRecommender(AnalyticsSnapshot snapshot, RecommendationOptions? options = null)
    {
        _snapshot = snapshot;
        _options = options ?? new RecommendationOptions();
        _maxTermFrequency = Math.Max(50, snapshot.PaperCount / 10);
        _maxEntityFrequency = Math.Max(50, snapshot.PaperCount / 4);
        _degrees = PersonalizedPageRank.Degrees(snapshot.Citations);
    }

    public AnalyticsSnapshot Snapshot => _snapshot;

    public IReadOnlyList<Recommendation> Recommend(int paper, int top) => Recommend(RecommendationQuery.For(paper, top));

    public IReadOnlyList<Recommendation> Recommend(RecommendationQuery query)
    {
        if (query.Positive.Count == 0) throw new ArgumentException("at least one positive seed is needed", nameof(query));
        var positive = Rent();
        var negative = query.Negative.Count > 0 ? Rent() : null;
        try
        {
            Collect(query.Positive, positive);
            if (negative is not null) Collect(query.Negative, negative);
            var excluded = new HashSet<int>(query.Positive);
            excluded.UnionWith(query.Negative);
            if (query.Exclude is not null) excluded.UnionWith(query.Exclude);

            var candidates = new HashSet<int>();
            bool Allowed(int c) => !excluded.Contains(c);
            candidates.UnionWith(positive.Text.Top(_options.TextCandidates, Allowed));
            candidates.UnionWith(positive.Entities.Top(_options.TextCandidates, Allowed));
            candidates.UnionWith(positive.Graph.Top(_options.GraphCandidates, Allowed));
            candidates.UnionWith(positive.CoCitation.Top(_options.GraphCandidates, Allowed));
            candidates.UnionWith(positive.Coupling.Top(_options.GraphCandidates, Allowed));

            var scale = Scale.Of(positive, candidates);
            var negativeScale = negative is null ? default : Scale.Of(negative, candidates);
            // Keep the best Top by total score in a min-heap; build the parts records only for those.
            var heap = new PriorityQueue<int, (double Score, int NegativeId)>(query.Top + 1);
            foreach (var c in candidates)
            {
                var total = Total(positive, scale, c);
                if (negative is not null) total -= _options.NegativeWeight * Total(negative, negativeScale, c);
                heap.Enqueue(c, (total, -c));
                if (heap.Count > query.Top) heap.Dequeue();
            }
            var best = new List<int>(heap.Count);
            while (heap.Count > 0) best.Add(heap.Dequeue());
            best.Reverse();
            var explainer = new ReasonBuilder(_snapshot);
            var results = new List<Recommendation>(best.Count);
            foreach (var c in best)
            {
                var parts = Parts(positive, scale, c);
                if (negative is not null)
                {
                    var n = Parts(negative, negativeScale, c);
                    parts = parts with { Negative = -_options.NegativeWeight * (n.Text + n.Entities + n.CoCitation + n.Coupling + n.Graph) };
                }
                IReadOnlyList<Reason> reasons = query.Explain ? explainer.Explain(query.Positive, query.Negative, c, parts, positive) : [];
                results.Add(new Recommendation(c, _snapshot.Ids[c], _snapshot.Titles[c], parts.Total, parts, reasons));
            }
            return results;
        }
        finally
        {
            Return(positive);
            if (negative is not null) Return(negative);
        }
    }

    /// <summary>BM25-only ranking (the text baseline): the best <paramref name="top"/> papers not excluded.</summary>
    public List<int> RankByText(int paper, int top, Func<int, bool> include)
    {
        var set = Rent();
        try
        {
            _snapshot.Text.Score(_snapshot.Text.DocumentTerms(paper), set.Text);
            return set.Text.Top(top, c => c != paper && include(c));
        }
        finally
        {
            Return(set);
        }
    }

    /// <summary>Adamic–Adar-only ranking on the citation graph (the citation baseline).</summary>
    public List<int> RankByAdamicAdar(int paper, int top, Func<int, bool> include)
    {
        var set = Rent();
        try
        {
            CoCitation.AdamicAdar(_snapshot.Citations, paper, set.Graph);
            return set.Graph.Top(top, c => c != paper && include(c));
        }
        finally
        {
            Return(set);
        }
    }

    private void Collect(IReadOnlyList<int> seeds, SignalSet set)
    {
        var graph = _snapshot.Citations;
        var terms = new HashSet<int>();
        var entities = new HashSet<int>();
        foreach (var s in seeds)
        {
            foreach (var t in _snapshot.Text.DocumentTerms(s)) terms.Add(t);
            foreach (var e in _snapshot.Entities.EntitiesOf(s)) entities.Add(e);
            CoCitation.CoCited(graph, s, set.CoCitation);
            CoCitation.Coupled(graph, s, set.Coupling, set.SharedReferences);
        }
        _snapshot.Text.Score([.. terms], set.Text, 1, _maxTermFrequency);
        foreach (var e in entities)
        {
            if (_snapshot.Entities.DocumentFrequency(e) > _maxEntityFrequency) continue;
            var idf = _snapshot.Entities.Idf[e];
            foreach (var p in _snapshot.Entities.PapersOf(e)) set.Entities.Add(p, idf);
        }
        PersonalizedPageRank.Push(graph, _degrees, seeds, set.Graph, set.Residual, _options.PushEpsilon, _options.MaxPushes);
    }

    private ScoreParts Parts(SignalSet set, Scale scale, int c) => new(
        Text: _options.TextWeight * Ratio(set.Text[c], scale.Text),
        Entities: _options.EntityWeight * Ratio(set.Entities[c], scale.Entities),
        CoCitation: _options.CoCitationWeight * Ratio(Math.Log(1 + set.CoCitation[c]), scale.CoCitation),
        Coupling: _options.CouplingWeight * Ratio(set.Coupling[c], scale.Coupling),
        Graph: _options.GraphWeight * Ratio(set.Graph[c], scale.Graph),
        Negative: 0);

    private double Total(SignalSet set, Scale scale, int c) =>
        _options.TextWeight * Ratio(set.Text[c], scale.Text)
        + _options.EntityWeight * Ratio(set.Entities[c], scale.Entities)
        + _options.CoCitationWeight * Ratio(Math.Log(1 + set.CoCitation[c]), scale.CoCitation)
        + _options.CouplingWeight * Ratio(set.Coupling[c], scale.Coupling)
        + _options.GraphWeight * Ratio(set.Graph[c], scale.Graph);

    private static double Ratio(double value, double max) => max > 0 ? value / max : 0;

    private SignalSet Rent()
    {
        if (_pool.TryTake(out var set)) return set;
        return new SignalSet(_snapshot.PaperCount);
    }

    private void Return(SignalSet set)
    {
        set.Clear();
        _pool.Add(set);
    }

    private readonly record struct Scale(double Text, double Entities, double CoCitation, double Coupling, double Graph)
    {
        public static Scale Of(SignalSet set, HashSet<int> candidates)
        {
            double text = 0, entities = 0, coCitation = 0, coupling = 0, graph = 0;
            foreach (var c in candidates)
            {
                text = Math.Max(text, set.Text[c]);
                entities = Math.Max(entities, set.Entities[c]);
                coCitation = Math.Max(coCitation, set.CoCitation[c]);
                coupling = Math.Max(coupling, set.Coupling[c]);
                graph = Math.Max(graph, set.Graph[c]);
            }
            return new Scale(text, entities, Math.Log(1 + coCitation), coupling, graph);
        }
    }
}

using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// "The sensitivity, specificity and positive predictive value were 85%, 99% and 99.6%, respectively": a list of
/// metrics and a list of as many numbers, closed by "respectively", pair up in order. Without this rule every number
/// of the list went to the nearest metric (the last one named). Clinical abstracts repeat the value list per subgroup
/// ("… were 100% and 98% for group A; 82% and 96% for group B, respectively"): every run of exactly as many values
/// as the metric list, each followed by a short "for …" segment, pairs the same way.
/// </summary>
internal static class RespectivelyLists
{
    /// <summary>
    /// The (number token, unit end, value, metric) pairs of the sentence's "respectively" list, or none when the sentence
    /// has no such list or the counts differ ("A and B reach 85% and 90%, respectively" pairs models, not metrics).
    /// </summary>
    public static List<(int Number, int UnitEnd, string Value, string Metric)> Pairs(LinkingContext ctx,
        Dictionary<int, (string Canonical, int Last)> metricAt, Sentence s)
    {
        var pairs = new List<(int, int, string, string)>();
        var respectively = -1;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.IsLower(i, "respectively")) respectively = i;
        }
        if (respectively < 0) return pairs;

        var values = ValuesBefore(ctx, s, respectively);
        var metrics = values.Count < 2 ? null : MetricListBefore(ctx, metricAt, s, values[0].Number, values.Count);
        if (metrics is null && values.Count >= 2 && MetricListMates.Before(ctx, metricAt, s, values[0].Number, values.Count) is { } mates)
        {
            metrics = NameMates(ctx, s, mates);
        }
        if (metrics is null && values.Count == 0 && MetricListClosing(ctx, metricAt, s, respectively) is { } after)
        {
            // "obtained 93.25% and 90.52% F1-score and exact match, respectively": the values come first, right before their metrics
            values = ValuesBefore(ctx, s, after.First);
            if (values.Count == after.Metrics.Count) metrics = after.Metrics;
        }
        if (metrics is not null)
        {
            for (var k = 0; k < values.Count; k++) pairs.Add((values[k].Number, values[k].UnitEnd, values[k].Value, metrics[k]));
            return pairs;
        }
        // the metric list before the first run, as long as one of the runs (the first may have lost a value)
        var runs = SubgroupRuns(ctx, metricAt, s, respectively);
        for (var r = 0; r < runs.Count && metrics is null; r++) metrics = MetricListBefore(ctx, metricAt, s, runs[0][0].Number, runs[r].Count);
        if (metrics is null) return pairs;
        foreach (var run in runs)
        {
            if (run.Count != metrics.Count) continue;
            for (var k = 0; k < run.Count; k++) pairs.Add((run[k].Number, run[k].UnitEnd, run[k].Value, metrics[k]));
        }
        return pairs;
    }

    /// <summary>The canonical names of a list with unknown items; each unknown item is linked as a discovered metric.</summary>
    private static List<string> NameMates(LinkingContext ctx, Sentence s, List<(int First, int Last, string? Canonical)> items)
    {
        var names = new List<string>(items.Count);
        foreach (var (first, last, canonical) in items)
        {
            if (canonical is not null)
            {
                names.Add(canonical);
                continue;
            }
            var surface = ctx.Span(first, last);
            var known = ctx.Vocabulary.Resolve(surface, NodeLabel.Metric);
            var name = known?.Canonical ?? TaskExtractor.Capitalize(surface);
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, name, surface, s, 0.7, MetricExtractor.Name + ":list", known is null, anchor: ctx.Tokens[first].Start);
            names.Add(name);
        }
        return names;
    }

    /// <summary>
    /// The value runs of a per-subgroup list: runs of at least two values, each closed by "for" / "in" and at most
    /// <see cref="MaxSubgroupWords"/> tokens up to a ';' or ',' (or "respectively" after the last). A run of another
    /// length (a value lost to a typo) is skipped, not paired off by one.
    /// </summary>
    private static List<List<(int Number, int UnitEnd, string Value)>> SubgroupRuns(
        LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, Sentence s, int respectively)
    {
        var runs = new List<List<(int Number, int UnitEnd, string Value)>>();
        var run = new List<(int Number, int UnitEnd, string Value)>();
        for (var i = s.FirstToken; i < respectively; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Number || !ResultValues.IsMeasurement(ctx, i)) continue;
            var (v, unitEnd) = ResultValues.Value(ctx, i, s);
            if (run.Count > 0 && !OnlyJoiners(ctx, run[^1].UnitEnd + 1, i, allowAnd: true)) run = [];
            run.Add((i, unitEnd, v));
            i = unitEnd;
            var close = SubgroupEnd(ctx, unitEnd + 1, respectively);
            if (close < 0) continue;
            if (run.Count >= 2) runs.Add(run);
            run = [];
            i = close;
        }
        // the runs must follow the metric list: a metric named between them starts another statement
        if (runs.Count < 2 || metricAt.Keys.Any(k => k > runs[0][0].Number && k < respectively)) return [];
        return runs;
    }

    private const int MaxSubgroupWords = 4;

    // "for group B;" / "in the test set," after a value: the index of the closing ';' or ',' (or of the token before
    // "respectively"), else -1
    private static int SubgroupEnd(LinkingContext ctx, int from, int respectively)
    {
        if (from >= respectively || !(ctx.IsLower(from, "for") || ctx.IsLower(from, "in"))) return -1;
        for (var k = from + 1; k <= respectively && k - from <= MaxSubgroupWords + 1; k++)
        {
            if (k == respectively) return k - 1;
            var w = ctx.LowerSpan(k);
            if (w is ";" or ",") return k;
            if (ctx.Tokens[k].Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k)) return -1;
        }
        return -1;
    }

    /// <summary>Whether the sentence has a "respectively" at all: the cheap test before <see cref="Pairs"/>.</summary>
    public static bool Closes(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Length == 12 && ctx.IsLower(i, "respectively")) return true;
        }
        return false;
    }

    /// <summary>The run of numbers that ends just before "respectively", joined by commas and "and".</summary>
    private static List<(int Number, int UnitEnd, string Value)> ValuesBefore(LinkingContext ctx, Sentence s, int respectively)
    {
        var all = new List<(int Number, int UnitEnd, string Value)>();
        for (var i = s.FirstToken; i < respectively; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Number || !ResultValues.IsMeasurement(ctx, i)) continue;
            var (v, unitEnd) = ResultValues.Value(ctx, i, s);
            all.Add((i, unitEnd, v));
            i = unitEnd;
        }
        var run = new List<(int Number, int UnitEnd, string Value)>();
        var next = respectively;
        for (var k = all.Count - 1; k >= 0; k--)
        {
            if (!OnlyJoiners(ctx, all[k].UnitEnd + 1, next, allowAnd: run.Count > 0)) break;
            run.Insert(0, all[k]);
            next = all[k].Number;
        }
        return run;
    }

    /// <summary>
    /// The last list of exactly <paramref name="count"/> metric mentions before the numbers, joined by commas, "and"
    /// and "the": their canonical names in order, or null.
    /// </summary>
    private static List<string>? MetricListBefore(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt,
        Sentence s, int firstNumber, int count)
    {
        var mentions = metricAt.Where(kv => kv.Key >= s.FirstToken && kv.Value.Last < firstNumber).OrderBy(kv => kv.Key).ToList();
        List<string>? found = null;
        var list = new List<string>();
        var previousLast = -1;
        foreach (var (first, (canonical, last)) in mentions)
        {
            if (list.Count > 0 && !OnlyJoiners(ctx, previousLast + 1, first, allowAnd: true)) list.Clear();
            list.Add(canonical);
            previousLast = last;
            if (list.Count == count) found = [.. list];
        }
        // the list must be whole: a longer run ending here would pair the wrong items
        return found is not null && list.Count == count && found.SequenceEqual(list) ? found : null;
    }

    /// <summary>
    /// The list of two or more metric mentions that ends right before "respectively" (or ", respectively"): its first
    /// token and canonical names in order, or null.
    /// </summary>
    private static (int First, List<string> Metrics)? MetricListClosing(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt,
        Sentence s, int respectively)
    {
        var k = respectively - 1;
        if (k >= s.FirstToken && ctx.TokenText(k) == ",") k--;
        var byLast = MetricListMates.ByLast(metricAt, s, respectively);
        // last metric first, reversed at the end
        var metrics = new List<string>();
        var first = -1;
        while (k >= s.FirstToken && byLast.TryGetValue(k, out var m))
        {
            metrics.Add(m.Canonical);
            first = m.First;
            var j = m.First - 1;
            while (j >= s.FirstToken && ctx.LowerSpan(j) is "," or "and" or "the" or "or") j--;
            if (j == m.First - 1) break;
            k = j;
        }
        metrics.Reverse();
        return metrics.Count >= 2 ? (first, metrics) : null;
    }

    private static bool OnlyJoiners(LinkingContext ctx, int from, int to, bool allowAnd)
    {
        for (var k = from; k < to; k++)
        {
            var w = ctx.LowerSpan(k);
            if (w is "," || (allowAnd && w is "and" or "the" or "or")) continue;
            return false;
        }
        return true;
    }
}

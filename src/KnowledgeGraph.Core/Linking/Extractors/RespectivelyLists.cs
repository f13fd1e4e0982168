using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// "The sensitivity, specificity and positive predictive value were 85%, 99% and 99.6%, respectively": a list of
/// metrics and a list of as many numbers, closed by "respectively", pair up in order. Without this rule every number
/// of the list went to the nearest metric (the last one named).
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
        if (values.Count < 2) return pairs;
        var metrics = MetricListBefore(ctx, metricAt, s, values[0].Number, values.Count);
        if (metrics is null) return pairs;
        for (var k = 0; k < values.Count; k++) pairs.Add((values[k].Number, values[k].UnitEnd, values[k].Value, metrics[k]));
        return pairs;
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
            if (ctx.Tokens[i].Kind != TokenKind.Number || !ResultExtractor.IsMeasurement(ctx, i)) continue;
            var (v, unitEnd) = ResultExtractor.Value(ctx, i, s);
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

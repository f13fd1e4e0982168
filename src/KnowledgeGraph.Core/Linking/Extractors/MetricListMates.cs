using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// "The average accuracy, clarity, and efficacy scores were 3.9 ± 0.8, 3.9 ± 0.9, and 3.3 ± 0.9, respectively": a
/// coordinated list in which one item is a known metric and the others, short lower-case noun phrases, name metrics the
/// vocabulary lacks. Asked only for a "respectively" list of values, and kept only when the list has exactly as many
/// items as there are values, so a list of conditions ("on easy, medium and hard questions") is not read as metrics.
/// </summary>
internal static class MetricListMates
{
    private const int MaxItemWords = 3;

    // before a known metric an unknown item is a single word: "we assessed clarity, accuracy" must not give "assessed clarity"
    private const int MaxWordsBefore = 1;

    // the head the items share, dropped from the last one: "accuracy, clarity and efficacy scores"
    private static readonly HashSet<string> SharedHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "score", "scores", "rate", "rates", "value", "values", "levels",
    };

    /// <summary>
    /// The list of exactly <paramref name="count"/> items, at least one a metric mention and at least one not, that ends
    /// before <paramref name="firstNumber"/>; null when there is none.
    /// </summary>
    public static List<(int First, int Last, string? Canonical)>? Before(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt,
        Sentence s, int firstNumber, int count)
    {
        var byLast = ByLast(metricAt, s, firstNumber);
        var covered = -1;
        foreach (var (first, (canonical, last)) in metricAt.Where(kv => kv.Key >= s.FirstToken && kv.Value.Last < firstNumber).OrderBy(kv => kv.Key))
        {
            // a mention inside the list grown from an earlier one would grow the same list
            if (first <= covered) continue;
            // items before the mention, nearest first, then reversed: no insertion at the front of a long list
            var items = new List<(int First, int Last, string? Canonical)>();
            for (var k = JoinersBefore(ctx, first - 1, s); k >= 0 && items.Count < count; )
            {
                if (ItemEndingAt(ctx, metricAt, byLast, k, s) is not { } item) break;
                items.Add(item);
                k = JoinersBefore(ctx, item.First - 1, s);
            }
            items.Reverse();
            items.Add((first, last, canonical));
            for (var k = JoinersAfter(ctx, last + 1, firstNumber); k >= 0 && items.Count <= count; )
            {
                if (ItemStartingAt(ctx, metricAt, k, firstNumber) is not { } item) break;
                items.Add(item);
                k = JoinersAfter(ctx, item.Last + 1, firstNumber);
            }
            covered = items[^1].Last;
            // the list starts from a known metric; with no unknown item it is MetricListBefore's, which already failed
            if (items.Count != count || items.All(i => i.Canonical is not null)) continue;
            var tail = items[^1];
            if (tail.Canonical is null && tail.Last > tail.First && SharedHeads.Contains(ctx.TokenText(tail.Last))) items[^1] = (tail.First, tail.Last - 1, null);
            return items;
        }
        return null;
    }

    /// <summary>
    /// The sentence's metric mentions that end before <paramref name="limit"/>, by last token: one lookup per step of a
    /// list, not a scan of every mention (an adversarial list of thousands of metrics made the scan quadratic).
    /// </summary>
    public static Dictionary<int, (int First, string Canonical)> ByLast(Dictionary<int, (string Canonical, int Last)> metricAt, Sentence s, int limit)
    {
        var byLast = new Dictionary<int, (int First, string Canonical)>();
        foreach (var (first, m) in metricAt)
        {
            if (first >= s.FirstToken && m.Last < limit) byLast[m.Last] = (first, m.Canonical);
        }
        return byLast;
    }

    // The joiners between two items, in text order: a comma, "and" / "or", or both, and a "the" only after "and" / "or"
    // ("accuracy, and the F1"). A "the" after a bare comma starts a new clause: "For questions about treatments, the
    // average accuracy …".

    // the token before the joiners that end at `k`, or -1 when there are none
    private static int JoinersBefore(LinkingContext ctx, int k, Sentence s)
    {
        var end = k;
        if (k > s.FirstToken && ctx.IsLower(k, "the") && (ctx.IsLower(k - 1, "and") || ctx.IsLower(k - 1, "or"))) k--;
        if (k >= s.FirstToken && (ctx.IsLower(k, "and") || ctx.IsLower(k, "or"))) k--;
        if (k >= s.FirstToken && ctx.TokenText(k) == ",") k--;
        return k < end && k >= s.FirstToken ? k : -1;
    }

    // the token after the joiners that start at `k`, or -1 when there are none
    private static int JoinersAfter(LinkingContext ctx, int k, int limit)
    {
        var start = k;
        if (k < limit && ctx.TokenText(k) == ",") k++;
        if (k < limit && (ctx.IsLower(k, "and") || ctx.IsLower(k, "or")))
        {
            k++;
            if (k < limit && ctx.IsLower(k, "the")) k++;
        }
        return k > start && k < limit ? k : -1;
    }

    private static (int First, int Last, string? Canonical)? ItemEndingAt(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt,
        Dictionary<int, (int First, string Canonical)> byLast, int last, Sentence s)
    {
        if (byLast.TryGetValue(last, out var m)) return (m.First, last, m.Canonical);
        var k = last;
        while (k >= s.FirstToken && last - k < MaxWordsBefore && IsItemWord(ctx, metricAt, k)) k--;
        return k == last ? null : (k + 1, last, null);
    }

    private static (int First, int Last, string? Canonical)? ItemStartingAt(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int first, int limit)
    {
        if (metricAt.TryGetValue(first, out var m)) return m.Last < limit ? (first, m.Last, m.Canonical) : null;
        var k = first;
        while (k < limit && k - first < MaxItemWords && IsItemWord(ctx, metricAt, k)) k++;
        return k == first ? null : (first, k - 1, null);
    }

    private static bool IsItemWord(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int k)
    {
        var t = ctx.Tokens[k];
        if (t.Kind != TokenKind.Word || !char.IsLower(ctx.Text[t.Start]) || metricAt.ContainsKey(k) || ctx.MentionAt.ContainsKey(k)) return false;
        var word = ctx.TokenText(k);
        // a past participle is the verb of the clause, not a criterion: "measured", "based"
        return !word.EndsWith("ed", StringComparison.Ordinal) && !NameSpans.IsDeterminerOrFunctionWord(word)
               && !word.Equals("respectively", StringComparison.Ordinal);
    }
}

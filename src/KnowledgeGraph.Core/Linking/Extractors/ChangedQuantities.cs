using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A quantity the paper changed by a number, in its own words: "reduces token delay by more than 50%", "shortens their
/// fine-tuning time up to 1000×", "reduces the memory overhead of the KV cache by 80%", "improve the recognition rate by
/// 13.28%". The quantity is the object of a change verb; its head word says it is measured (delay, overhead, time, rate,
/// error …), so a metric no vocabulary lists is still read, and one the vocabulary lists keeps its canonical name.
/// </summary>
internal static class ChangedQuantities
{
    // between the change and its figure: "by more than 50%", "by up to 18%", "by an average of 10.4%", "by at least 3x"
    // (sets of lower-case words, asked with the token's lowered span: this runs for numbers no metric names)
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "up", "to", "an", "average", "of", "about", "around", "nearly", "over", "almost", "roughly", "more", "than", "at", "least",
        "approximately", "as", "much", "a", "factor",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The metric a change verb's object names when <paramref name="number"/> is the figure it changed by, added as a
    /// metric mention; null when the words before the number are no such change.
    /// </summary>
    internal static string? Metric(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        var k = number - 1;
        var upTo = false;
        while (k > s.FirstToken && ctx.Tokens[k].Kind == TokenKind.Word && Qualifiers.Contains(ctx.LowerSpan(k)))
        {
            upTo |= ctx.IsLower(k, "to") && ctx.IsLower(k - 1, "up");
            k--;
        }
        // "by 50%"; "shortens fine-tuning time up to 1000×" without "by"; "reduces the memory cost from 65GB (to 2GB)"
        var end = ctx.IsLower(k, "by") || ctx.IsLower(k, "from") ? k - 1 : upTo ? k : -1;
        if (end <= s.FirstToken) return null;
        // the verb, at most eight tokens back, before any punctuation other than a joining hyphen
        var verb = -1;
        for (var j = end; j >= Math.Max(s.FirstToken, end - 8); j--)
        {
            if (IsChangeVerb(ctx, j))
            {
                verb = j;
                break;
            }
            if (ctx.Tokens[j].Kind == TokenKind.Symbol && ctx.TokenSpan(j) is not "-") return null;
        }
        if (verb < 0) return null;
        var first = verb + 1;
        while (first <= end && ctx.Tokens[first].Kind == TokenKind.Word && Possessives.Contains(ctx.LowerSpan(first))) first++;
        // "the memory overhead of the KV cache", "the accuracy of six different LLMs": the quantity ends before what it is of;
        // "the rate of learning" is one quantity
        var last = end;
        for (var j = first + 1; j < end; j++)
        {
            if (!ctx.IsLower(j, "of")) continue;
            if (IsOwner(ctx, j + 1)) last = j - 1;
            break;
        }
        if (first > last || last - first > 5) return null;
        for (var j = first; j <= last; j++)
        {
            if (ctx.Tokens[j].Kind == TokenKind.Number && !ctx.Tokens[j].SpaceBefore) continue; // "top-1"
            if (ctx.Tokens[j].Kind != TokenKind.Word && !(ctx.TokenSpan(j) is "-" && !ctx.Tokens[j].SpaceBefore)) return null;
            if (ctx.Tokens[j].Kind == TokenKind.Word && (NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j)) || Anaphoric.Contains(ctx.LowerSpan(j)))) return null;
        }
        // a metric the vocabulary knows, ending where the quantity ends
        if (NearbyMetrics.MetricEndingAt(metricAt, last, s) is { } known) return known;
        for (var j = first; j <= last; j++)
        {
            // a model, dataset or task inside the phrase: not a quantity of its own ("improves ResNet by 2%")
            if (ctx.MentionAt.TryGetValue(j, out var m) && m.Entry.Kind != NodeLabel.Metric && m.Entry.Kind != NodeLabel.Concept) return null;
        }
        if (!HeadWords.Quantity.Contains(ctx.LowerSpan(last))) return null;
        return Named(ctx, first, last, s);
    }

    /// <summary>
    /// The quantity named after the figure, in a phrase that ends with its head word: before a change noun ("73.6% relative
    /// named entity error rate reduction") or after "in" ("by up to 45% in GPT-4 score", "a 67% gain in branch coverage");
    /// added as a metric mention, or null.
    /// </summary>
    internal static string? After(LinkingContext ctx, int unitEnd, Sentence s) =>
        BeforeChangeNoun(ctx, unitEnd, s) ?? AfterIn(ctx, unitEnd, s) ?? PhraseAfter(ctx, unitEnd, s);

    /// <summary>
    /// "can save 25.6% wall-clock training time", "a 59.1% task success rate": a phrase of lower-case words that ends in a
    /// quantity's head right after the figure names what it measures; not a comparison ("3x faster inference").
    /// </summary>
    private static string? PhraseAfter(LinkingContext ctx, int unitEnd, Sentence s)
    {
        var first = unitEnd + 1;
        if (first >= s.EndToken || !ctx.Tokens[first].SpaceBefore) return null;
        for (var j = first; j < Math.Min(s.EndToken, first + 5); j++)
        {
            if (ctx.Tokens[j].Kind != TokenKind.Word || !char.IsLower(ctx.Text[ctx.Tokens[j].Start]) || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j))
                || Comparatives.Contains(ctx.LowerSpan(j))) return null;
            if (ctx.MentionAt.TryGetValue(j, out var m) && m.Entry.Kind is NodeLabel.Dataset or NodeLabel.Method) return null;
            // "with 0.001 learning rate and 0.3 dropout rate": a setting, not a measurement
            if (SettingWords.Contains(ctx.LowerSpan(j))) return null;
            var run = NameSpans.GluedEnd(ctx, j, s.EndToken);
            if (run == j && HeadWords.Quantity.Contains(ctx.LowerSpan(j))
                && (j + 1 >= s.EndToken || ctx.Tokens[j + 1].Kind != TokenKind.Word || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j + 1))))
            {
                // one word is too little to name a quantity ("80% accuracy" is the vocabulary's, "5% time" says nothing)
                return j > first ? Named(ctx, first, j, s) : null;
            }
            j = run;
        }
        return null;
    }

    // words of a training setting's name: "learning rate", "dropout rate", "batch size", "sampling rate", "masking ratio"
    private static readonly WordSet SettingWords = new(
    [
        "learning", "dropout", "batch", "sampling", "masking", "mask", "warmup", "decay", "momentum", "temperature",
    ]);

    // what makes a figure a comparison, not a quantity's value: "3x faster inference", "40% less memory"
    private static readonly WordSet Comparatives = new(
    [
        "faster", "slower", "less", "more", "fewer", "lower", "higher", "better", "worse", "smaller", "larger", "cheaper",
        "relative", "absolute", "improvement", "reduction", "increase", "decrease", "gain", "drop",
    ]);

    /// <summary>"73.6% relative named entity error rate reduction": the quantity between the figure and the change noun.</summary>
    private static string? BeforeChangeNoun(LinkingContext ctx, int unitEnd, Sentence s)
    {
        var first = unitEnd + 1;
        if (first < s.EndToken && (ctx.IsLower(first, "relative") || ctx.IsLower(first, "absolute"))) first++;
        for (var j = first; j < Math.Min(s.EndToken - 1, first + 6); j++)
        {
            if (ctx.Tokens[j].Kind != TokenKind.Word || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j))) return null;
            if (ctx.MentionAt.TryGetValue(j, out var m) && m.Entry.Kind is NodeLabel.Dataset or NodeLabel.Method) return null;
            if (HeadWords.Quantity.Contains(ctx.LowerSpan(j)) && ChangeNouns.Contains(ctx.LowerSpan(j + 1))) return Named(ctx, first, j, s);
        }
        return null;
    }

    private static string? AfterIn(LinkingContext ctx, int unitEnd, Sentence s)
    {
        var k = unitEnd + 1;
        if (k < s.EndToken && ChangeNouns.Contains(ctx.LowerSpan(k))) k++;
        if (k + 1 >= s.EndToken || !ctx.IsLower(k, "in")) return null;
        var first = k + 1;
        for (var j = first; j < Math.Min(s.EndToken, first + 6); j++)
        {
            var run = NameSpans.GluedEnd(ctx, j, s.EndToken);
            if (ctx.Tokens[j].Kind != TokenKind.Word || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j))) return null;
            // a dataset is where it was measured, not what ("by 2% in ImageNet accuracy" is the vocabulary's)
            if (ctx.MentionAt.TryGetValue(j, out var m) && m.Entry.Kind == NodeLabel.Dataset) return null;
            if (run == j && HeadWords.Quantity.Contains(ctx.LowerSpan(j))
                && (j + 1 >= s.EndToken || ctx.Tokens[j + 1].Kind != TokenKind.Word || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(j + 1))))
            {
                return Named(ctx, first, j, s);
            }
            j = run;
        }
        return null;
    }

    /// <summary>"increase", "reduction", "gain": a noun of change, lower case.</summary>
    internal static bool IsChangeNoun(LinkingContext ctx, int k) => ctx.Tokens[k].Kind == TokenKind.Word && ChangeNouns.Contains(ctx.LowerSpan(k)) && char.IsLower(ctx.Text[ctx.Tokens[k].Start]);

    // "a 67% gain in branch coverage": what the figure changed
    private static readonly WordSet ChangeNouns = new(
    [
        "increase", "reduction", "decrease", "improvement", "drop", "gain", "boost", "rise", "decline", "savings", "saving",
    ]);

    private static string Named(LinkingContext ctx, int first, int last, Sentence s)
    {
        var surface = ctx.Span(first, last);
        var name = TaskExtractor.TaskName(surface);
        ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, name, surface, s, 0.65, ResultExtractor.Name + ":changed", true, anchor: ctx.Tokens[first].Start);
        return name;
    }

    private static readonly WordSet Possessives = new(["the", "their", "its", "our", "this", "these", "overall"]);

    // "improves the same scores by": scores named before, not a quantity of their own
    private static readonly WordSet Anaphoric = new(["same", "similar", "such", "respective", "corresponding", "above", "aforementioned"]);

    // after "of": a determiner, a number or a name says what the quantity is measured of
    private static bool IsOwner(LinkingContext ctx, int k) =>
        ctx.Tokens[k].Kind == TokenKind.Number || char.IsUpper(ctx.Text[ctx.Tokens[k].Start]) || ctx.MentionAt.ContainsKey(k)
        || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenSpan(k));

    private static bool IsChangeVerb(LinkingContext ctx, int k) =>
        k >= 0 && ctx.Tokens[k].Kind == TokenKind.Word
        && (ctx.LowerStartsWith(k, "improv") || ctx.LowerStartsWith(k, "reduc") || ctx.LowerStartsWith(k, "increas") || ctx.LowerStartsWith(k, "decreas")
            || ctx.LowerStartsWith(k, "lower") || ctx.LowerStartsWith(k, "boost") || ctx.LowerStartsWith(k, "rais") || ctx.IsLower(k, "cut") || ctx.IsLower(k, "cuts")
            || ctx.LowerStartsWith(k, "shorten") || ctx.LowerStartsWith(k, "enhanc") || ctx.LowerStartsWith(k, "shrink") || ctx.LowerStartsWith(k, "accelerat")
            || ctx.LowerStartsWith(k, "lessen") || ctx.LowerStartsWith(k, "slash") || ctx.LowerStartsWith(k, "minimiz") || ctx.LowerStartsWith(k, "lift"));
}

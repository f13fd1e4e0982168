using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The metric the words around a number name: right after it ("85.9% Top-1 accuracy", "12x fewer parameters"), right
/// before it ("an F1 score of 88.1", "MSE by 12.3%"), a list after it ("4.8x and 5.5x fewer multiply-adds and
/// parameters"). <see cref="ResultExtractor"/>
/// asks these first for every number it reads.
/// </summary>
internal static class NearbyMetrics
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "of", "the", "improvement", "improvements", "gain", "gains", "higher", "lower", "better", "absolute",
        "relative", "average", "mean", "point", "points", "and", "increase", "reduction", "decrease", "boost", "in", "terms",
        "top", "overall", "an", "a", "respectively", "pp", "margin", "fewer", "less", "more", "smaller",
        "faster", "shorter", "drop", "decrement", "savings", "saving", "cut", "for",
        // "10% training speedup", "35% inference latency reduction": the stage a cost is measured at
        "training", "inference",
        // "90.0 fine-tuning top-1 accuracy", "80.4 zero-shot top-1", "on both F1 score and IoU": the protocol, or both metrics
        "fine", "tuning", "zero", "few", "shot", "linear", "probing", "both",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Fillers.GetAlternateLookup<ReadOnlySpan<char>>();

    // "53 times reduction in parameters", "10x fewer params": a bare count noun is a metric only after a reduction word
    private static readonly HashSet<string> ReductionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reduction", "fewer", "less", "smaller", "decrement", "decrease", "drop", "savings", "saving", "cut",
    };

    // "accuracy improved from 71.2% to 78.5%", "perplexity drops to 18.3", "error decreased by 23%": the metric changed by or to the number
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "improved", "improves", "increased", "increases", "rose", "rises", "grew", "decreased", "decreases", "dropped", "drops", "fell", "falls",
        "reduced", "declined", "declines", "went", "goes",
    };

    // "macro-F1 improvements of 3.4 to 7.9 points", "a BLEU gain of 1.2": the change of a metric is measured in its units
    private static readonly HashSet<string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "improvement", "improvements", "gain", "gains", "increase", "increases", "reduction", "reductions", "drop", "decrease",
    };

    /// <summary>The metric mention of this sentence whose last token is <paramref name="last"/>, if any.</summary>
    internal static string? MetricEndingAt(Dictionary<int, (string Canonical, int Last)> metricAt, int last, Sentence s)
    {
        foreach (var (first, m) in metricAt)
        {
            if (m.Last == last && first >= s.FirstToken) return m.Canonical;
        }
        return null;
    }

    internal static bool StatedAs(LinkingContext ctx, int number, Sentence s)
    {
        var k = number - 1;
        if (k > s.FirstToken && ctx.TokenText(k) is "+" or "−" or "-" or "±") k--;
        return k > s.FirstToken && (ctx.IsLower(k, "of") || ctx.TokenText(k) is "=" or ":");
    }

    internal static string? MetricAfter(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int from, Sentence s)
    {
        var reduction = false;
        var joined = false;
        for (var k = from; k < Math.Min(s.EndToken, from + 6); k++)
        {
            // "an area under curve of 0.9744 and accuracy 94.12%": past "and", a metric with its own number is not ours
            if (metricAt.TryGetValue(k, out var m)) return joined && OwnNumberAfter(ctx, m.Last + 1, s) ? null : m.Canonical;
            // "71.69% ImageNet top-1 accuracy": the dataset's name may qualify the metric
            if (k == from && ctx.MentionAt.TryGetValue(k, out var d) && d.Entry.Kind == NodeLabel.Dataset && metricAt.ContainsKey(d.LastToken + 1))
            {
                k = d.LastToken;
                continue;
            }
            if (ctx.Tokens[k].Kind == TokenKind.Number) return null;
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            var word = ctx.TokenText(k);
            if (reduction && EfficiencyFigures.ParameterNouns.Contains(word)) return EfficiencyFigures.ParameterCount(ctx);
            // "uses 40% less memory", "50% less GPU memory": memory is a cost only where it is saved
            if (reduction && word == "memory") return ctx.Vocabulary.Resolve("Memory Usage", NodeLabel.Metric)?.Canonical ?? "Memory Usage";
            // "54x fewer trainable parameters"
            if (reduction && word is "trainable" or "learnable" or "tunable" or "model" or "GPU") continue;
            // "2.42x end-to-end speedup": what the speedup covers
            if (word == "end" && ctx.IsLower(k + 2, "to") && ctx.IsLower(k + 4, "end") && NameSpans.GluedEnd(ctx, k, s.EndToken) == k + 4)
            {
                k += 4;
                continue;
            }
            if (!Fillers.Contains(word)) return null;
            reduction |= ReductionWords.Contains(word);
            joined |= word == "and";
        }
        return null;
    }

    /// <summary>
    /// The metrics coordinated after a number ("fewer multiply-adds and parameters", "higher BLEU, METEOR and CIDEr"),
    /// in order, when there are two or more; null otherwise. Parameters the vocabulary does not name are added as a metric.
    /// </summary>
    internal static List<string>? MetricsListedAfter(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int from, Sentence s)
    {
        List<string>? listed = null;
        var k = from;
        while (k < s.EndToken && k < from + 6 && ctx.Tokens[k].Kind == TokenKind.Word && FillerLookup.Contains(ctx.TokenSpan(k)) && !metricAt.ContainsKey(k)) k++;
        while (k < s.EndToken)
        {
            if (metricAt.TryGetValue(k, out var m))
            {
                (listed ??= []).Add(m.Canonical);
                k = m.Last + 1;
            }
            else if (EfficiencyFigures.ParameterNouns.Contains(ctx.TokenText(k)) && listed is not null)
            {
                listed.Add(EfficiencyFigures.ParameterCount(ctx));
                ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, listed[^1], ctx.Span(k, k), s, 0.7, ResultExtractor.Name, false);
                k++;
            }
            else break;
            if (k < s.EndToken && ctx.TokenSpan(k) is ",") k++;
            if (k < s.EndToken && (ctx.IsLower(k, "and") || ctx.IsLower(k, "or"))) k++;
            else if (k < s.EndToken && !(ctx.TokenSpan(k - 1) is ",")) break;
        }
        return listed is { Count: > 1 } ? listed : null;
    }

    // a comparison or "both" between a number and the metrics listed after it: the number is a margin they share
    internal static bool SharedByListedMetrics(LinkingContext ctx, int from, Sentence s)
    {
        for (var k = from; k < Math.Min(s.EndToken, from + 4); k++)
        {
            if (ctx.IsLower(k, "higher") || ctx.IsLower(k, "lower") || ctx.IsLower(k, "better") || ctx.IsLower(k, "both")) return true;
            if (ctx.Tokens[k].Kind != TokenKind.Word || !FillerLookup.Contains(ctx.TokenSpan(k))) return false;
        }
        return false;
    }

    /// <summary>The "of" before a model's name, across up to three quantifiers or modifiers ("of six different LLMs"); -1 when none.</summary>
    internal static int OfBefore(LinkingContext ctx, int name, Sentence s)
    {
        for (var k = name - 1; k >= s.FirstToken && name - k <= 4; k--)
        {
            if (ctx.IsLower(k, "of")) return k;
            if (ctx.Tokens[k].Kind == TokenKind.Symbol) return -1;
        }
        return -1;
    }

    /// <summary>The one metric the sentence names before the number, or null when it names none or several.</summary>
    internal static string? SoleMetricBefore(Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        string? sole = null;
        foreach (var (first, m) in metricAt)
        {
            if (first < s.FirstToken || m.Last >= number) continue;
            if (sole is not null && sole != m.Canonical) return null;
            sole = m.Canonical;
        }
        return sole;
    }

    // "accuracy 94.12%", "accuracy of 94.12%"
    private static bool OwnNumberAfter(LinkingContext ctx, int k, Sentence s)
    {
        if (k < s.EndToken && (ctx.IsLower(k, "of") || ctx.TokenText(k) is "=" or ":")) k++;
        return k < s.EndToken && ctx.Tokens[k].Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k);
    }

    internal static string? MetricBefore(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        var word = false;
        for (var k = number - 1; k >= Math.Max(s.FirstToken, number - 8); k--)
        {
            if (MetricEndingAt(metricAt, k, s) is { } metric) return metric;
            // ... nor the model it is measured of, a variant too: "reduces the FLOPs of DeiT-S by 38%", "the accuracy of six
            // different LLMs by up to 18%", "the top-1 accuracy of ResNet-50 by 1.2%", "the AP of RTMPose-l from 64.8%"
            if (ctx.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && NameSpans.GluedStart(ctx, k, s.FirstToken) is var run && run > s.FirstToken
                && (ctx.MentionAt.TryGetValue(run, out var model) && model.Entry.Kind == NodeLabel.Method || NameSpans.IsNameLike(ctx.Span(run, k)))
                && OfBefore(ctx, run, s) is var of and >= 0)
            {
                k = of;
                continue;
            }
            // "nDCG@10 by 3.1%": the cut-off is part of the metric's name
            if (ctx.Tokens[k].Kind == TokenKind.Number && k - 2 >= s.FirstToken && !ctx.Tokens[k].SpaceBefore && ctx.TokenSpan(k - 1) is "@") continue;
            if (ctx.Tokens[k].Kind == TokenKind.Number) return null;
            // "processes 15 frames per second, achieves over 90% detection": a comma before the clause's verb ends the search
            if (word && ctx.TokenText(k) == ",") return null;
            word |= ctx.Tokens[k].Kind == TokenKind.Word;
            // "accuracy on ImageNet from 68.3% to 75.1%": the dataset between metric and number is no barrier
            if (ctx.MentionAt.TryGetValue(k, out var d) && d.Entry.Kind == NodeLabel.Dataset && d.FirstToken > s.FirstToken
                && (ctx.IsLower(d.FirstToken - 1, "on") || ctx.IsLower(d.FirstToken - 1, "in")))
            {
                k = d.FirstToken - 1;
                continue;
            }
            var w = ctx.TokenText(k);
            if (ctx.Tokens[k].Kind == TokenKind.Word && !(w is "of" or "to" or "at" or "as" or "by" or "reaches" or "reaching" or "achieves" or "achieving"
                    or "is" or "was" or "are" or "were" or "an" or "a" or "with" or "up" or "only" or "just" or "about" or "around" or "approximately" or "nearly" or "over" or "than" or "rate" or "score" or "scores" or "rates" or "value" or "values" or "reaching" or "more" or "less" or "almost" or "roughly" or "average" or "from")
                && !ChangeVerbs.Contains(w) && !ChangeNouns.Contains(w)) return null;
        }
        return null;
    }
}

using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Figures that name no metric of their own but share the one of the sentence's last result: a baseline's bracketed
/// score, a figure it is compared with, the same measurement on another dataset. <see cref="ResultExtractor"/> asks
/// these in turn for a number no metric is tied to.
/// </summary>
internal static class CompanionFigures
{
    /// <summary>
    /// "surpassing GPT-4 (61.2%)", "Claude 2 (78.4%)", "outperforming the logistic regression baseline (0.81)": a bare
    /// bracketed figure right after a model's name (and its version) is that model's score on the metric the sentence
    /// already reported. True when it is; <paramref name="method"/> is the model, when the vocabulary knows it.
    /// </summary>
    public static bool BaselineFigure(LinkingContext ctx, int number, int unitEnd, Sentence s, out string? method)
    {
        method = null;
        if (number - 2 < s.FirstToken || !(ctx.TokenSpan(number - 1) is "(") || unitEnd + 1 >= s.EndToken || !(ctx.TokenSpan(unitEnd + 1) is ")")) return false;
        var k = number - 2;
        if (ctx.IsLower(k, "baseline") || ctx.IsLower(k, "baselines")) return true;
        // the name's run ("GPT-4", "2-70B"); a version run may follow the name after a space ("Llama 2-70B", "Claude 2")
        var run = NameSpans.GluedStart(ctx, k, s.FirstToken);
        if (MethodAt(ctx, run) is { } named) method = named;
        else if (ctx.Tokens[run].Kind == TokenKind.Number && run - 1 >= s.FirstToken && MethodAt(ctx, run - 1) is { } versioned) method = versioned;
        return method is not null;
    }

    private static string? MethodAt(LinkingContext ctx, int k) =>
        ctx.MentionAt.TryGetValue(k, out var m) && m.Entry.Kind == NodeLabel.Method ? m.Entry.Canonical : null;

    /// <summary>
    /// "an accuracy of 86.4%, compared with 60.2% for GPT-3.5", "52.1 versus 48.7": the figure a result is compared
    /// with is measured on the same metric.
    /// </summary>
    public static bool ComparedFigure(LinkingContext ctx, int number, Sentence s)
    {
        var k = number - 1;
        if (k > s.FirstToken && ctx.TokenSpan(k) is "(") k--;
        if (k <= s.FirstToken) return false;
        if (ctx.IsLower(k, "versus") || ctx.IsLower(k, "vs")) return true;
        if (ctx.TokenSpan(k) is "." && ctx.IsLower(k - 1, "vs")) return true;
        return (ctx.IsLower(k, "with") || ctx.IsLower(k, "to")) && (ctx.IsLower(k - 1, "compared") || ctx.IsLower(k - 1, "comparison"));
    }

    /// <summary>
    /// "84.3% mIoU on Cityscapes and 52.1% on ADE20K": after a result, a figure joined by "and" or a comma and placed on
    /// another dataset is the same measurement there; that dataset, or null.
    /// </summary>
    public static string? ParallelFigure(LinkingContext ctx, int number, int unitEnd, Sentence s)
    {
        var k = number - 1;
        // "and more than 8% on WHU-CD", "and up to 12% on X": a bound between the joint and the figure
        if (ctx.IsLower(k, "than") && (ctx.IsLower(k - 1, "more") || ctx.IsLower(k - 1, "less"))) k -= 2;
        else if (ctx.IsLower(k, "to") && ctx.IsLower(k - 1, "up")) k -= 2;
        else if (ctx.IsLower(k, "least") && ctx.IsLower(k - 1, "at")) k -= 2;
        else if (ctx.IsLower(k, "over") || ctx.IsLower(k, "about") || ctx.IsLower(k, "nearly")) k--;
        // "88.8% accuracy on ImageNet ... as well as 86.1% on Kinetics-400"
        if (ctx.IsLower(k, "as") && ctx.IsLower(k - 1, "well") && ctx.IsLower(k - 2, "as")) k = k - 2 > s.FirstToken ? k - 2 : k;
        if (k <= s.FirstToken || !(ctx.IsLower(k, "and") || ctx.IsLower(k, "as") || ctx.TokenSpan(k) is "," or ";")) return null;
        var on = unitEnd + 1;
        if (!(ctx.IsLower(on, "on") || ctx.IsLower(on, "in") || ctx.IsLower(on, "for"))) return null;
        if (ctx.IsLower(on + 1, "the")) on++;
        if (on + 1 >= s.EndToken) return null;
        if (ctx.MentionAt.TryGetValue(on + 1, out var m) && m.Entry.Kind == NodeLabel.Dataset && m.FirstToken == on + 1) return m.Entry.Canonical;
        // a dataset no vocabulary knows, found by its pattern ("on the WHU-CD dataset")
        return ctx.DatasetAt.TryGetValue(on + 1, out var found) ? found : null;
    }

    /// <summary>"60.2% for GPT-3.5", "48.7 (by BERT)": the model the figure belongs to, named right after it.</summary>
    public static string? MethodNamedAfter(LinkingContext ctx, int unitEnd, Sentence s)
    {
        var k = unitEnd + 1;
        if (k < s.EndToken && ctx.TokenSpan(k) is "(") k++;
        if (!(ctx.IsLower(k, "for") || ctx.IsLower(k, "by") || ctx.IsLower(k, "of") || ctx.IsLower(k, "from") || ctx.IsLower(k, "with"))) return null;
        k++;
        if (ctx.IsLower(k, "the")) k++;
        return k < s.EndToken && ctx.MentionAt.TryGetValue(k, out var m) && m.FirstToken == k && m.Entry.Kind == NodeLabel.Method ? m.Entry.Canonical : null;
    }

    /// <summary>
    /// The margin of a result over what it is compared with, on the sentence's last metric: a signed figure bracketed
    /// right after that result ("to 89.5% (+2.3%)"), a figure said higher or lower than something ("4.1% and 4.8% higher
    /// than the baseline"), the figure a comparison wins by ("outperforming METER by 1.09%"), or one in the last result's
    /// own unit ("33.69 dB PSNR …, exceeding the previous SOTA 0.38 dB").
    /// </summary>
    public static bool MarginFigure(LinkingContext ctx, int number, int unitEnd, Sentence s, int lastUnitEnd, string? lastUnit)
    {
        var open = number - 1;
        if (open > s.FirstToken && ctx.TokenSpan(open) is "+" or "-" or "−") open--;
        if (ctx.TokenSpan(open) is "(" && open - 1 == lastUnitEnd) return true;
        var after = unitEnd + 1;
        if ((ctx.IsLower(after, "higher") || ctx.IsLower(after, "lower") || ctx.IsLower(after, "better") || ctx.IsLower(after, "worse")) && ctx.IsLower(after + 1, "than")) return true;
        if (lastUnit is not null && unitEnd > number && ctx.TokenSpan(unitEnd).SequenceEqual(lastUnit)) return true;
        var by = number - 1;
        while (by > s.FirstToken && (ctx.IsLower(by, "up") || ctx.IsLower(by, "to") || ctx.IsLower(by, "about") || ctx.IsLower(by, "nearly"))) by--;
        if (!ctx.IsLower(by, "by")) return false;
        for (var k = by - 1; k >= Math.Max(s.FirstToken, by - 15); k--)
        {
            if (ctx.TokenSpan(k) is "," or ";" or ".") return false;
            if (ctx.LowerStartsWith(k, "outperform") || ctx.LowerStartsWith(k, "surpass") || ctx.LowerStartsWith(k, "exceed") || ctx.LowerStartsWith(k, "beat")) return true;
        }
        return false;
    }

    /// <summary>
    /// "achieving a 69.4% success rate on MATH, a 36% relative improvement from …": a change that names no quantity of its
    /// own, stated after a result of the sentence, is that result's margin.
    /// </summary>
    public static bool ChangeFigure(LinkingContext ctx, int unitEnd, Sentence s)
    {
        var k = unitEnd + 1;
        if (k < s.EndToken && (ctx.IsLower(k, "relative") || ctx.IsLower(k, "absolute"))) k++;
        if (k >= s.EndToken || !ChangedQuantities.IsChangeNoun(ctx, k)) return false;
        // "a 10% reduction in memory": the change is of something else
        return !(k + 1 < s.EndToken && (ctx.IsLower(k + 1, "in") || ctx.IsLower(k + 1, "of")));
    }

    /// <summary>
    /// "results in terms of mAP@0.5 on ScanNet V2 (+4.5), SUN RGB-D (+3.5), and S3DIS (+20.5)": a bare bracketed figure
    /// right after a dataset's name, or a listed figure right after it ("HumanEval 93.9%, MBPP 83.1%"), is the sentence's
    /// metric on that dataset; that dataset, or null.
    /// </summary>
    public static string? DatasetFigure(LinkingContext ctx, int number, int unitEnd, Sentence s)
    {
        var open = number - 1;
        if (open > s.FirstToken && ctx.TokenSpan(open) is "+" or "-" or "−") open--;
        // "(pass@1) results (HumanEval 93.9%, MBPP 83.1%, APPS 22.0%)": a figure of a list right after a dataset's name
        if (ctx.Tokens[open + 1].SpaceBefore && !(ctx.TokenSpan(open) is "(") && unitEnd + 1 < s.EndToken
            && (ctx.TokenSpan(unitEnd + 1) is "," or ")" or ";" || ctx.IsLower(unitEnd + 1, "and")) && DatasetEndingAt(ctx, open, s) is { } listed)
        {
            return listed;
        }
        if (open - 1 < s.FirstToken || !(ctx.TokenSpan(open) is "(") || unitEnd + 1 >= s.EndToken || !(ctx.TokenSpan(unitEnd + 1) is ")")) return null;
        return ctx.MentionAt.TryGetValue(open - 1, out var m) && m.Entry.Kind == NodeLabel.Dataset && m.LastToken == open - 1 ? m.Entry.Canonical : null;
    }

    // the dataset whose mention ends at token k
    private static string? DatasetEndingAt(LinkingContext ctx, int k, Sentence s)
    {
        for (var j = k; j >= Math.Max(s.FirstToken, k - 4); j--)
        {
            if (ctx.MentionAt.TryGetValue(j, out var m) && m.Entry.Kind == NodeLabel.Dataset) return m.LastToken == k ? m.Entry.Canonical : null;
        }
        return null;
    }
}

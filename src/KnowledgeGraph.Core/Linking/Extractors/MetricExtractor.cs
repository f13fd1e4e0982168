using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Metrics: vocabulary mentions, trusted more when a number stands near them ("85.9% Top-1 accuracy", "MAPEs of
/// 2.47%"). A plain word such as "accuracy" with no number nearby is too weak to keep. Emits Mentions/Metric links.
/// </summary>
internal static class MetricExtractor
{
    public const string Name = "metric";

    public static void Run(LinkingContext ctx)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Metric) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            var surface = ctx.Text[m.Start..m.End];
            if (ctx.IsEmbedded(m) || ctx.IsOtherThanMetric(m)) continue;
            // tied to a reported number: sure; an acronym (FID, BLEU): likely; a plain word (accuracy, latency): too weak alone,
            // unless the sentence says it lists metrics ("metrics such as perplexity")
            var confidence = ctx.ResultMetrics.Contains(m.Entry.Canonical) ? 0.85
                : NumberNear(ctx, s, m.FirstToken, m.LastToken) ? 0.7
                : surface.Count(char.IsUpper) >= 2 || InTermsOf(ctx, m.FirstToken, s) || Qualified(ctx, m.FirstToken, s)
                  || AchievedAfter(ctx, m.LastToken, s) || TestedFor(ctx, m.FirstToken, s) || IsEvaluation(ctx, m.LastToken)
                  || KeptOrImprovedByThePaper(ctx, m.FirstToken, s)
                  || Cues.HasAny(ctx, s, Cues.MetricList) || Cues.HasAny(ctx, s, Cues.Rating) ? 0.65 : 0.45;
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, m.Entry.Canonical, surface, s, confidence, Name, false,
                LinkingContext.ParentProperty(m.Entry.Parent), m.Start);
        }
        foreach (var s in ctx.Sentences)
        {
            InTermsOfNames(ctx, s);
            NamedMetric(ctx, s);
            ComparedQualities(ctx, s);
            RatingCriteria.Run(ctx, s);
        }
        foreach (var a in ctx.Acronyms)
        {
            if (!HeadWords.Metric.Contains(HeadWords.LastWord(a.LongForm)) || ctx.Vocabulary.Resolve(a.LongForm) is not null || ctx.Vocabulary.Resolve(a.Short) is not null) continue;
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, a.Short, a.LongForm + " (" + a.Short + ")", ctx.Sentences[a.Sentence], 0.6, Name + ":acronym", true,
                new Dictionary<string, string> { ["fullName"] = a.LongForm });
        }
    }

    /// <summary>
    /// "outperform existing methods in terms of Hypervolume, R2-distance and candidate diversity": the capitalized or
    /// name-like items of an "in terms of" list are metrics even when no vocabulary knows them.
    /// </summary>
    private static void InTermsOfNames(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken + 2; i < s.EndToken - 1; i++)
        {
            if (!(ctx.IsLower(i, "of") && ctx.IsLower(i - 1, "terms") && ctx.IsLower(i - 2, "in"))) continue;
            var j = i + 1;
            while (j < s.EndToken)
            {
                // a known name ends the list, unless it is only part of a longer one ("R2" in "R2-distance")
                if (ctx.Tokens[j].Kind != TokenKind.Word || (ctx.MentionAt.TryGetValue(j, out var known) && !ctx.IsEmbedded(known))) return;
                var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
                var name = ctx.Span(j, last);
                if (!(NameSpans.IsNameLike(name) || (char.IsUpper(name[0]) && last == j && name.Length > 3)) || ctx.IsProposed(name)) return;
                ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, name, name, s, 0.6, Name + ":in-terms-of", true, anchor: ctx.Tokens[j].Start);
                j = last + 1;
                if (j < s.EndToken && ctx.TokenText(j) == ",") j++;
                if (j < s.EndToken && ctx.IsLower(j, "and")) j++;
            }
            return;
        }
    }

    /// <summary>"we introduce the error depth metric": the words before a singular "metric" name one.</summary>
    private static void NamedMetric(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken + 1; i < s.EndToken; i++)
        {
            if (!ctx.IsLower(i, "metric")) continue;
            var first = i;
            while (first - 1 >= s.FirstToken && i - first < 3 && ctx.Tokens[first - 1].Kind == TokenKind.Word && ctx.Tokens[first - 1].SpaceBefore
                   && char.IsLower(ctx.Text[ctx.Tokens[first - 1].Start]) && !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(first - 1))
                   && !GenericMetricWords.Contains(ctx.TokenText(first - 1)) && !ctx.MentionAt.ContainsKey(first - 1)) first--;
            // The name needs a determiner before it ("the error depth metric"); a name that starts the sentence has none
            // (a lower-cased title, "flat metric minimization …").
            if (first == i || first == s.FirstToken || !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(first - 1))) continue;
            var name = ctx.Span(first, i - 1);
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, TaskExtractor.Capitalize(name), name, s, 0.6, Name + ":named", true, anchor: ctx.Tokens[first].Start);
        }
    }

    // what a generated or served output is judged by
    private static readonly WordSet QualityHeads = new(
    [
        "quality", "fidelity", "speed", "efficiency", "latency", "alignment", "diversity", "realism", "consistency", "naturalness",
        "fluency", "faithfulness", "coherence",
    ]);

    // what says a quality is measured and compared: "better rendering quality", "slightly inferior speech quality"
    private static readonly WordSet ComparisonWords = new(
    [
        "better", "higher", "superior", "inferior", "improved", "lower", "faster", "comparable", "competitive", "best", "worse",
    ]);

    /// <summary>
    /// "achieves better rendering quality", "slightly inferior speech quality", "in terms of sample quality and image-text
    /// alignment": a quality of the output, named in the paper's words by one or two modifiers and its head, after a
    /// comparison or "in terms of" (the next item of such a list too). A bare "quality" says too little.
    /// </summary>
    private static void ComparedQualities(LinkingContext ctx, Sentence s)
    {
        var listedEnd = -1;
        for (var h = s.FirstToken + 2; h < s.EndToken; h++)
        {
            if (ctx.Tokens[h].Kind != TokenKind.Word || !QualityHeads.Contains(ctx.LowerSpan(h))) continue;
            var first = h;
            while (first - 1 > s.FirstToken && h - first < 3 && IsQualityModifier(ctx, first - 1)) first--;
            // "high-quality": an adjective, not a quality's name
            if (first == h || ctx.Tokens[first].Kind != TokenKind.Word || !ctx.Tokens[h].SpaceBefore) continue;
            var cue = first - 1;
            var compared = ComparisonWords.Contains(ctx.LowerSpan(cue)) || ctx.IsLower(cue, "of") && ctx.IsLower(cue - 1, "terms")
                           || ctx.IsLower(cue, "and") && cue - 1 == listedEnd;
            if (!compared || ctx.MentionAt.TryGetValue(first, out var known) && known.LastToken >= h) continue;
            var surface = ctx.Span(first, h);
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, TaskExtractor.TaskName(surface), surface, s, 0.6, Name + ":quality", true, anchor: ctx.Tokens[first].Start);
            listedEnd = h;
        }
    }

    // a lower-case word of the quality's name ("rendering", "image-text"), no function word and no model or dataset
    private static bool IsQualityModifier(LinkingContext ctx, int k)
    {
        if (ctx.Tokens[k].Kind != TokenKind.Word && !(ctx.TokenSpan(k) is "-" && !ctx.Tokens[k].SpaceBefore)) return false;
        if (ctx.Tokens[k].Kind == TokenKind.Word && (!char.IsLower(ctx.Text[ctx.Tokens[k].Start]) || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(k))
                || ComparisonWords.Contains(ctx.LowerSpan(k)))) return false;
        return !(ctx.MentionAt.TryGetValue(k, out var m) && m.Entry.Kind is NodeLabel.Method or NodeLabel.Dataset);
    }

    // "a new evaluation metric", "the standard performance metric": what kind of metric, not its name
    private static readonly HashSet<string> GenericMetricWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "evaluation", "performance", "quality", "standard", "common", "popular", "proposed", "single", "simple", "useful", "better",
        "automatic", "automated", "reliable", "robust", "similarity", "distance", "different", "unified", "principled", "widely-used",
    };

    // "outperforms existing solutions in terms of compression efficacy and execution time"
    private static bool InTermsOf(LinkingContext ctx, int first, Sentence s)
    {
        for (var k = first - 1; k >= Math.Max(s.FirstToken + 1, first - 8); k--)
        {
            if (ctx.IsLower(k, "of") && ctx.IsLower(k - 1, "terms")) return true;
            if (ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] is '.' or ';' or ':') return false;
        }
        return false;
    }

    // "higher accuracy", "achieves significant compression ratios", "lower latency": a measured quantity
    private static bool Qualified(LinkingContext ctx, int first, Sentence s)
    {
        // two words back; a hyphenated run is one word ("achieves state-of-the-art normalized scores")
        var k = first - 1;
        for (var words = 0; words < 2 && k >= s.FirstToken; words++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
            var run = NameSpans.GluedStart(ctx, k, s.FirstToken);
            var w = ctx.Lowered.AsSpan(ctx.Tokens[run].Start, ctx.Tokens[k].End - ctx.Tokens[run].Start);
            if (w.StartsWith("achiev") || w is "higher" or "lower" or "better" or "improved" or "superior" or "competitive" or "comparable"
                || w is "reduced" or "increased" or "best" or "worse" or "state-of-the-art") return true;
            k = run - 1;
        }
        return false;
    }

    // "human evaluation", "a user study": the words say an evaluation was run
    private static bool IsEvaluation(LinkingContext ctx, int last) =>
        ctx.IsLower(last, "evaluation") || ctx.IsLower(last, "evaluations") || ctx.IsLower(last, "study") || ctx.IsLower(last, "studies")
        || ctx.IsLower(last, "raters");

    // "we propose … to improve the recognition accuracy of NER", "boosting inference speed without sacrificing accuracy":
    // what the paper's own work improves or keeps, within three words, is what it measures
    private static bool KeptOrImprovedByThePaper(LinkingContext ctx, int first, Sentence s)
    {
        var verb = false;
        for (var k = first - 1; k >= Math.Max(s.FirstToken, first - 4); k--)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
            if (ctx.LowerStartsWith(k, "improv") || ctx.LowerStartsWith(k, "boost") || ctx.LowerStartsWith(k, "enhanc") || ctx.LowerStartsWith(k, "preserv")
                || ctx.LowerStartsWith(k, "maintain") || ctx.LowerStartsWith(k, "sacrific") || ctx.LowerStartsWith(k, "retain"))
            {
                verb = true;
                break;
            }
        }
        return verb && (Cues.HasAny(ctx, s, Cues.FirstPerson) || ResultOwners.ProposedIn(ctx, s).Count > 0);
    }

    // "The precision achieved by the classifier": what a system reached
    private static bool AchievedAfter(LinkingContext ctx, int last, Sentence s) =>
        last + 1 < s.EndToken && (ctx.IsLower(last + 1, "achieved") || ctx.IsLower(last + 1, "obtained") || ctx.IsLower(last + 1, "reached"));

    // "tested it for accuracy against human classifiers", "evaluated for robustness": what a test measures
    private static bool TestedFor(LinkingContext ctx, int first, Sentence s)
    {
        if (first - 1 < s.FirstToken || !ctx.IsLower(first - 1, "for")) return false;
        for (var k = first - 2; k >= Math.Max(s.FirstToken, first - 4); k--)
        {
            if (ctx.LowerStartsWith(k, "test") || ctx.LowerStartsWith(k, "evaluat") || ctx.LowerStartsWith(k, "assess")) return true;
        }
        return false;
    }

    private static bool NumberNear(LinkingContext ctx, Sentence s, int first, int last)
    {
        for (var k = Math.Max(s.FirstToken, first - 8); k < Math.Min(s.EndToken, last + 9); k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k)) return true;
        }
        return false;
    }
}

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
            if (ctx.IsEmbedded(m)) continue;
            // tied to a reported number: sure; an acronym (FID, BLEU): likely; a plain word (accuracy, latency): too weak alone
            var confidence = ctx.ResultMetrics.Contains(m.Entry.Canonical) ? 0.85
                : NumberNear(ctx, s, m.FirstToken, m.LastToken) ? 0.7
                : surface.Count(char.IsUpper) >= 2 || InTermsOf(ctx, m.FirstToken, s) || Qualified(ctx, m.FirstToken, s) ? 0.65 : 0.45;
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, m.Entry.Canonical, surface, s, confidence, Name, false,
                LinkingContext.ParentProperty(m.Entry.Parent), m.Start);
        }
        foreach (var a in ctx.Acronyms)
        {
            if (!HeadWords.Metric.Contains(HeadWords.LastWord(a.LongForm)) || ctx.Vocabulary.Resolve(a.LongForm) is not null || ctx.Vocabulary.Resolve(a.Short) is not null) continue;
            ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, a.Short, a.LongForm + " (" + a.Short + ")", ctx.Sentences[a.Sentence], 0.6, Name + ":acronym", true,
                new Dictionary<string, string> { ["fullName"] = a.LongForm });
        }
    }

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
        for (var k = first - 1; k >= Math.Max(s.FirstToken, first - 2); k--)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
            var w = ctx.LowerSpan(k);
            if (w.StartsWith("achiev") || w is "higher" or "lower" or "better" or "improved" or "superior" or "competitive" or "comparable"
                || w is "reduced" or "increased" or "best" or "worse" or "state-of-the-art") return true;
        }
        return false;
    }

    private static bool NumberNear(LinkingContext ctx, Sentence s, int first, int last)
    {
        for (var k = Math.Max(s.FirstToken, first - 8); k < Math.Min(s.EndToken, last + 9); k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Number && ResultExtractor.IsMeasurement(ctx, k)) return true;
        }
        return false;
    }
}

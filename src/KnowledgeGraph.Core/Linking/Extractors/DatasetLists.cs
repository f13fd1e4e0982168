using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Dataset names known by their company: the unknown names listed with a known dataset ("ACDC, BraTS2018, and
/// ChestXRay"), and a name in brackets right after a dataset noun ("a dataset (i.e., Methods2Test)").
/// </summary>
internal static class DatasetLists
{
    /// <summary>Name-like items of a comma / "and" list that holds a linked dataset, on either side of it.</summary>
    public static void ListMates(LinkingContext ctx)
    {
        var known = ctx.Links.Where(l => l.Label == NodeLabel.Dataset && l.Confidence >= ctx.Options.MinConfidence)
            .Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Dataset || !known.Contains(m.Entry.Canonical)) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            Forward(ctx, s, m.LastToken + 1);
            Backward(ctx, s, m.FirstToken - 1);
        }
    }

    private static void Forward(LinkingContext ctx, Sentence s, int j)
    {
        while (true)
        {
            j = SkipSeparator(ctx, s, j, forward: true);
            if (j < 0) return;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            if (!IsMate(ctx, s, j, last)) return;
            DatasetExtractor.Emit(ctx, s, j, ctx.Span(j, last), 0.6);
            j = last + 1;
        }
    }

    private static void Backward(LinkingContext ctx, Sentence s, int k)
    {
        while (true)
        {
            k = SkipSeparator(ctx, s, k, forward: false);
            if (k < 0) return;
            var first = NameSpans.GluedStart(ctx, k, s.FirstToken);
            if (!IsMate(ctx, s, first, k)) return;
            DatasetExtractor.Emit(ctx, s, first, ctx.Span(first, k), 0.6);
            k = first - 1;
        }
    }

    // ", ", " and ", ", and ": the next list item's first (or, going back, last) token, or -1 when the list ends
    private static int SkipSeparator(LinkingContext ctx, Sentence s, int j, bool forward)
    {
        var step = forward ? 1 : -1;
        var seen = 0;
        while (j >= s.FirstToken && j < s.EndToken && (ctx.Text[ctx.Tokens[j].Start] == ',' || ctx.IsLower(j, "and")))
        {
            j += step;
            seen++;
        }
        return seen == 0 || j < s.FirstToken || j >= s.EndToken ? -1 : j;
    }

    private static bool IsMate(LinkingContext ctx, Sentence s, int first, int last)
    {
        if (ctx.MentionAt.ContainsKey(first) || ctx.MentionAt.ContainsKey(last)) return false;
        if (ctx.Tokens[first].Kind == TokenKind.Symbol || ctx.Tokens[last].Kind == TokenKind.Symbol) return false;
        var name = ctx.Span(first, last);
        return NameSpans.IsNameLike(name) && DatasetExtractor.IsDatasetName(ctx, name, first, s) && !DatasetExtractor.ModifiesNextWord(ctx, last, s);
    }

    /// <summary>
    /// "the Winograd Schema Challenge (WSC)": when the vocabulary holds the long form and the acronym as two entries,
    /// the text defines them as one dataset, so the acronym's link goes.
    /// </summary>
    public static void OneForAcronymAndLongForm(LinkingContext ctx)
    {
        if (ctx.Acronyms.Count == 0 || !ctx.Links.Any(l => l.Label == NodeLabel.Dataset)) return;
        foreach (var a in ctx.Acronyms)
        {
            if (!ctx.MentionAt.TryGetValue(a.ShortToken, out var mention) || mention.Entry.Kind != NodeLabel.Dataset) continue;
            var shortEntry = ctx.Vocabulary.Resolve(a.Short, NodeLabel.Dataset);
            var longEntry = shortEntry is null ? null : ctx.Vocabulary.Resolve(a.LongForm, NodeLabel.Dataset);
            if (longEntry is null || shortEntry is null || ReferenceEquals(longEntry, shortEntry)) continue;
            if (!ctx.Links.Any(l => l.Label == NodeLabel.Dataset && l.Name == longEntry.Canonical)) continue;
            ctx.Links.RemoveAll(l => l.Label == NodeLabel.Dataset && l.Name == shortEntry.Canonical);
        }
    }

    /// <summary>"a state-of-the-art dataset (i.e., Methods2Test)", "the benchmark (HumanEval)".</summary>
    public static void Parenthesized(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken; i + 2 < s.EndToken; i++)
        {
            // the bracket first: it rules out almost every token without a lookup
            if (ctx.Text[ctx.Tokens[i + 1].Start] != '(' || ctx.Tokens[i].Kind != TokenKind.Word || !HeadWords.Dataset.Contains(ctx.LowerSpan(i))) continue;
            var j = i + 2;
            // "i.e.," / "e.g.," / "namely"
            if (ctx.IsLower(j, "namely")) j++;
            else if ((ctx.IsLower(j, "i") || ctx.IsLower(j, "e")) && j + 4 < s.EndToken && ctx.TokenText(j + 1) == ".") j += ctx.TokenText(j + 3) == "." ? 4 : 3;
            if (j < s.EndToken && ctx.TokenText(j) == ",") j++;
            if (j >= s.EndToken || ctx.Tokens[j].Kind != TokenKind.Word) continue;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            if (last + 1 >= s.EndToken || ctx.Text[ctx.Tokens[last + 1].Start] != ')') continue;
            var name = ctx.Span(j, last);
            if (!NameSpans.IsNameLike(name) || ctx.IsProposed(name)) continue;
            DatasetExtractor.Emit(ctx, s, j, name, 0.6);
        }
    }
}

using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Tasks: vocabulary mentions, acronyms whose long form ends in a task noun ("early prediction of battery life
/// (EPBL)"), and "for X prediction / recognition …" in the title. Emits <see cref="RelationshipType.Addresses"/>.
/// </summary>
internal static class TaskExtractor
{
    public const string Name = "task";

    public static void Run(LinkingContext ctx)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Task) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            var firstPerson = Cues.HasAny(ctx, s, Cues.FirstPerson);
            var confidence = ctx.InTitle(s) ? 0.85 : firstPerson || Cues.HasAny(ctx, s, Cues.Evaluation) ? 0.75 : 0.6;
            // "abusive language" + "detection": the task is the longer phrase, a kind of the known one
            var next = m.LastToken + 1;
            if (next < s.EndToken && ctx.Tokens[next].Kind == TokenKind.Word && ctx.Tokens[next].SpaceBefore
                && HeadWords.Contains(HeadWords.Task, ctx.LowerSpan(next)) && !HeadWords.Task.Contains(HeadWords.LastWord(m.Entry.Canonical)))
            {
                var phrase = ctx.Text[m.Start..ctx.Tokens[next].End];
                ctx.Add(RelationshipType.Addresses, NodeLabel.Task, Capitalize(phrase.ToLowerInvariant()), phrase, s, confidence, Name + ":head", true,
                    LinkingContext.ParentProperty(m.Entry.Canonical));
                continue;
            }
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, m.Entry.Canonical, ctx.Text[m.Start..m.End], s, confidence, Name, false,
                LinkingContext.ParentProperty(m.Entry.Parent), anchor: m.Start);
        }
        foreach (var a in ctx.Acronyms)
        {
            if (!ConceptExtractor.IsTaskLike(ctx, a) || ctx.Vocabulary.Resolve(a.LongForm) is not null || ctx.IsProposed(a.Short)) continue;
            if (ctx.MentionAt.ContainsKey(a.LongFirstToken)) continue;
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, Capitalize(a.LongForm), a.LongForm + " (" + a.Short + ")", ctx.Sentences[a.Sentence], 0.65, Name + ":acronym", true,
                new Dictionary<string, string> { ["acronym"] = a.Short });
        }
        TitleTask(ctx);
    }

    // "... for Skeleton-based Action Recognition", "... for Video QA Task"
    private static void TitleTask(LinkingContext ctx)
    {
        if (ctx.Sentences.Count == 0 || !ctx.InTitle(ctx.Sentences[0])) return;
        var title = ctx.Sentences[0];
        for (var i = title.FirstToken; i < title.EndToken; i++)
        {
            if (!HeadWords.Task.Contains(ctx.TokenText(i)) || ctx.MentionAt.ContainsKey(i) || ctx.IsLower(i + 1, "of")) continue;
            var first = i;
            while (first - 1 >= title.FirstToken && !IsBoundaryWord(ctx, first - 1) && i - first < 4) first--;
            while (first < i && ctx.Tokens[first].Kind == TokenKind.Symbol) first++;
            if (first == i || ctx.MentionAt.ContainsKey(first)) continue;
            // the purpose slot of a title: "... for Skeleton-based Action Recognition", "...: Video Prediction"
            var slot = first - 1 < title.FirstToken || ctx.IsLower(first - 1, "for") || ctx.IsLower(first - 1, "towards") || ctx.IsLower(first - 1, "toward") || ctx.Text[ctx.Tokens[first - 1].Start] == ':';
            if (!slot) continue;
            var phrase = ctx.Span(first, i);
            if (ctx.IsProposed(phrase)) continue;
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, Capitalize(phrase), phrase, title, 0.6, Name + ":title", true);
        }
    }

    private static bool IsBoundaryWord(LinkingContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        if (t.Kind == TokenKind.Symbol) return ctx.Text[t.Start] is not ('-' or '/');
        var w = ctx.TokenText(k);
        return NameSpans.IsDeterminerOrFunctionWord(w) || w.Equals("via", StringComparison.OrdinalIgnoreCase) || ctx.MentionAt.ContainsKey(k);
    }

    internal static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

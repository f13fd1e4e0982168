using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Key research concepts: vocabulary concepts ("over-smoothing", "network binarization"), and acronyms defined in the
/// text whose long form names no method, dataset, task or metric. Emits Mentions/Concept links.
/// </summary>
internal static class ConceptExtractor
{
    public const string Name = "concept";

    /// <summary>"early prediction of battery life (EPBL)", "EPBL tasks": a task, not a concept.</summary>
    internal static bool IsTaskLike(LinkingContext ctx, AcronymDefinition a)
    {
        var words = a.LongForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (HeadWords.Task.Contains(words[i]) && words[i + 1] == "of") return true;
        }
        return HeadWords.Task.Contains(HeadWords.LastWord(a.LongForm))
               || ctx.PrecedesTask(a.Short);
    }

    public static void Run(LinkingContext ctx)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Concept) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            ctx.Add(RelationshipType.Mentions, NodeLabel.Concept, m.Entry.Canonical, ctx.Text[m.Start..m.End], s, ctx.InTitle(s) ? 0.8 : 0.65, Name, false,
                LinkingContext.ParentProperty(m.Entry.Parent), anchor: m.Start);
        }
        foreach (var a in ctx.Acronyms)
        {
            var head = HeadWords.LastWord(a.LongForm);
            if (HeadWords.Method.Contains(head) || HeadWords.Task.Contains(head) || HeadWords.Dataset.Contains(head) || HeadWords.Metric.Contains(head)) continue;
            if (ctx.Vocabulary.Resolve(a.LongForm) is not null || ctx.Vocabulary.Resolve(a.Short) is not null || ctx.IsProposed(a.Short)) continue;
            if (ctx.MentionAt.ContainsKey(a.LongFirstToken) || a.LongForm.Split(' ').Length < 2) continue;
            if (a.LongForm.Split(' ', '-').Count(w => w.Length > 3 && char.IsUpper(w[0])) >= 2) continue;
            if (IsTaskLike(ctx, a)) continue;
            ctx.Add(RelationshipType.Mentions, NodeLabel.Concept, TaskExtractor.Capitalize(a.LongForm), a.LongForm + " (" + a.Short + ")", ctx.Sentences[a.Sentence], 0.55, Name + ":acronym", true,
                new Dictionary<string, string> { ["acronym"] = a.Short });
        }
    }
}

using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Tasks: vocabulary mentions, acronyms whose long form ends in a task noun ("early prediction of battery life
/// (EPBL)"), the task phrases of <see cref="TaskPhrases"/> (title slots, nominalizations) and the stated tasks of
/// <see cref="TaskStatements"/> ("the problem of X", "to detect X") and the items of <see cref="TaskLists"/> ("tasks, including
/// X, Y and Z"). Emits <see cref="RelationshipType.Addresses"/>.
/// </summary>
internal static class TaskExtractor
{
    public const string Name = "task";

    public static void Run(LinkingContext ctx)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Task || ctx.IsInsideProposedName(m)) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            var firstPerson = Cues.HasAny(ctx, s, Cues.FirstPerson);
            var confidence = ctx.InTitle(s) ? 0.85 : firstPerson || Cues.HasAny(ctx, s, Cues.Evaluation) ? 0.75 : 0.6;
            // "abusive language" + "detection": the task is the longer phrase, a kind of the known one
            var next = m.LastToken + 1;
            if (next < s.EndToken && ctx.Tokens[next].Kind == TokenKind.Word && ctx.Tokens[next].SpaceBefore
                && HeadWords.Task.Contains(ctx.LowerSpan(next)) && !HeadWords.Task.Contains(HeadWords.LastWord(m.Entry.Canonical)))
            {
                var phrase = ctx.Text[m.Start..ctx.Tokens[next].End];
                ctx.Add(RelationshipType.Addresses, NodeLabel.Task, Capitalize(phrase.ToLowerInvariant()), phrase, s, confidence, Name + ":head", true,
                    LinkingContext.ParentProperty(m.Entry.Canonical));
                continue;
            }
            // "3D scene segmentation", "multi-sensor fusion": a dimension or a compound modifier before the task makes it a
            // more specific task the vocabulary does not list
            if (QualifierStart(ctx, m.FirstToken, s) is var qualified and >= 0)
            {
                var phrase = ctx.Text[ctx.Tokens[qualified].Start..m.End];
                ctx.Add(RelationshipType.Addresses, NodeLabel.Task, TaskName(phrase), phrase, s, confidence, Name + ":qualified", true,
                    LinkingContext.ParentProperty(m.Entry.Canonical), anchor: ctx.Tokens[qualified].Start);
                continue;
            }
            // "offensive, abusive language and hate speech detection": the topic is named for its detection (added there)
            if (CoordinatedTasks.SharedHeadAfter(ctx, s, m.LastToken) >= 0 && !HeadWords.Task.Contains(HeadWords.LastWord(m.Entry.Canonical))) continue;
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
        TaskPhrases.Run(ctx);
        TaskStatements.Run(ctx);
        CoordinatedTasks.Run(ctx);
        TaskLists.Run(ctx);
        SpecificOverGeneric(ctx);
    }

    /// <summary>
    /// "open-domain question answering" and "QA", "whole-body pose estimation" and "pose estimation": where the paper names
    /// a kind of a task, the bare task is what the kind is of, not another task it addresses.
    /// </summary>
    private static void SpecificOverGeneric(LinkingContext ctx)
    {
        List<string>? names = null;
        foreach (var l in ctx.Links)
        {
            if (l.Label == NodeLabel.Task && l.Type == RelationshipType.Addresses) (names ??= []).Add(l.Name);
        }
        if (names is null || names.Count < 2) return;
        ctx.Links.RemoveAll(l => l.Label == NodeLabel.Task && l.Type == RelationshipType.Addresses && IsKindNamed(names, l.Name));
    }

    // a longer name that ends with this one as its last words ("open-domain question answering" for "question answering")
    private static bool IsKindNamed(List<string> names, string name)
    {
        foreach (var n in names)
        {
            if (n.Length > name.Length + 1 && n[n.Length - name.Length - 1] == ' ' && n.EndsWith(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // 2D is what most vision tasks are by default ("a 2D image classification architecture"): no qualifier
    private static readonly HashSet<string> Dimensions = new(StringComparer.Ordinal) { "3D", "4D", "6D", "BEV", "LiDAR", "RGB-D" };

    /// <summary>The first token of a qualifier right before a task mention ("3D", "BEV", "multi-" glued on), or -1.</summary>
    private static int QualifierStart(LinkingContext ctx, int first, Sentence s)
    {
        if (first - 1 <= s.FirstToken) return -1;
        // "multi-sensor", "text-video": a word and a hyphen glued to the task's first word; words, not acronyms ("KNN-NER",
        // "News-QA" are names)
        if (!ctx.Tokens[first].SpaceBefore && ctx.TokenSpan(first - 1) is "-" && !ctx.Tokens[first - 1].SpaceBefore
            && first - 2 >= s.FirstToken && ctx.Tokens[first - 2].Kind == TokenKind.Word)
        {
            var glued = ctx.Tokens[first - 2].SpaceBefore || first - 2 == s.FirstToken;
            return glued && IsWord(ctx.TokenSpan(first - 2)) && IsWord(ctx.TokenSpan(first)) ? first - 2 : -1;
        }
        if (!ctx.Tokens[first].SpaceBefore) return -1;
        var run = NameSpans.GluedStart(ctx, first - 1, s.FirstToken);
        return Dimensions.Contains(ctx.Span(run, first - 1)) ? run : -1;
    }

    // a word of a phrase, lower case after its first letter ("multi", "Sensor"), not an acronym
    private static bool IsWord(ReadOnlySpan<char> token) => token.Length > 1 && !token[1..].ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// A task read from a phrase: under the vocabulary's canonical name when the vocabulary knows the name, else as
    /// discovered. The one way the phrase rules (statements, title slots, coordinations, lists) add what they read.
    /// </summary>
    internal static void AddNamed(LinkingContext ctx, string name, string surface, Sentence s, string extractor, int anchor = -1)
    {
        var entry = ctx.Vocabulary.Resolve(name, NodeLabel.Task);
        ctx.Add(RelationshipType.Addresses, NodeLabel.Task, entry?.Canonical ?? name, surface, s, 0.6, extractor, entry is null,
            LinkingContext.ParentProperty(entry?.Parent), anchor);
    }

    internal static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A task phrase read from the text as a name: lower case except acronyms ("EEG"), first letter capital.</summary>
    internal static string TaskName(string phrase) =>
        Capitalize(string.Join(' ', phrase.Split(' ').Select(w => w.Any(char.IsLower) ? w.ToLowerInvariant() : w)));
}

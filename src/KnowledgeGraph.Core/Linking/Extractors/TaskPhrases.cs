using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Task names no vocabulary knows, read from the shape of the text: the purpose slot of a title ("… for Skeleton-based
/// Action Recognition", "… Detection and Lesion Recognition"), and a title's nominalization ("Detection of Primary
/// Spine Tumors" → primary spine tumor detection).
/// </summary>
internal static class TaskPhrases
{
    // "Automated Unit Test Generation" addresses unit test generation: how well is not part of what
    private static readonly WordSet Qualities = new(
    [
        "automated", "automatic", "efficient", "effective", "accurate", "robust", "fast", "faster", "scalable", "improved",
        "improving", "enhanced", "enhancing", "better", "simple", "fully", "reliable", "explainable", "interpretable",
        "lightweight", "practical", "generalizable", "precise", "rapid", "high-quality", "towards", "toward", "state-of-the-art",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>"automated", "efficient", "accurate": how well, not what.</summary>
    public static bool IsQuality(ReadOnlySpan<char> word) => Qualities.Contains(word);

    public static void Run(LinkingContext ctx)
    {
        if (ctx.Sentences.Count == 0) return;
        if (ctx.InTitle(ctx.Sentences[0]))
        {
            TitleSlots(ctx, ctx.Sentences[0]);
            TitleNominalizations(ctx, ctx.Sentences[0]);
        }
    }

    // "... for Skeleton-based Action Recognition", "... for Video QA Task", "... for COVID-19 Detection and Lesion Recognition"
    private static void TitleSlots(LinkingContext ctx, Sentence title)
    {
        var previousTaskEnd = -1;
        for (var i = title.FirstToken; i < title.EndToken; i++)
        {
            if (!HeadWords.Task.Contains(ctx.LowerSpan(i)) && !EndsActionPhrase(ctx, title, i)) continue;
            var taskEnd = i;
            if (ctx.MentionAt.TryGetValue(i, out var mention))
            {
                if (mention.Entry.Kind == NodeLabel.Task) previousTaskEnd = mention.LastToken;
                continue;
            }
            // "Detection of X" is a nominalization; "Translation Models", "Detection Networks" name a method
            if (ctx.IsLower(i + 1, "of") || i + 1 < title.EndToken && HeadWords.Method.Contains(ctx.LowerSpan(i + 1))) continue;
            var first = PhraseStart(ctx, title, i);
            while (first < i && ctx.Tokens[first].Kind == TokenKind.Symbol) first++;
            while (first < i && Qualities.Contains(ctx.TokenText(first))) first++;
            // "Zero-shot Visual Commonsense Prediction": the setting is a concept of its own, the task is the rest
            var opened = first;
            while (first < i && ctx.MentionAt.TryGetValue(first, out var setting) && setting.Entry.Kind == NodeLabel.Concept) first = setting.LastToken + 1;
            // "Transformer Tracking" is a method's name
            if (first >= i || ctx.MentionAt.ContainsKey(first) || HasVerb(ctx, first, i)) continue;
            var before = opened - 1;
            // "Neural Legal Judgment Prediction", but not "Neural Network Function Approximation"
            var describes = !HeadWords.Method.Contains(ctx.LowerSpan(first));
            while (before >= title.FirstToken && (Qualities.Contains(ctx.TokenText(before)) || describes && Descriptors.Contains(ctx.TokenText(before)))) before--;
            // the purpose slot of a title: "... for X", "towards X", "...: X", or the second of "X Detection and Y Recognition"
            var slot = before < title.FirstToken || ctx.IsLower(before, "for") || ctx.IsLower(before, "towards") || ctx.IsLower(before, "toward")
                       || ctx.Text[ctx.Tokens[before].Start] == ':'
                       || (ctx.IsLower(before, "and") && previousTaskEnd == before - 1) || SurveyTopic(ctx, before);
            if (!slot) continue;
            // "Calibrating Translation Decoding …", "Improving Detection …" open a title with a verb: a claim, not a task
            if (before < title.FirstToken && ctx.Tokens[first].Kind == TokenKind.Word && ctx.LowerSpan(first).EndsWith("ing")
                && !NounGerunds.Contains(ctx.LowerSpan(first)) && !HeadWords.Task.Contains(ctx.LowerSpan(first))) continue;
            // an action noun that is no task head word: only after "for", "towards" or a colon ("Batch Prompting: …" opens
            // with a method's name), and not when a verb opens the phrase ("Coupling Vision and …")
            if (!HeadWords.Task.Contains(ctx.LowerSpan(i))
                && (before < title.FirstToken || ctx.IsLower(before, "and") || ctx.LowerSpan(first).EndsWith("ing"))) continue;
            var phrase = ctx.Span(first, i);
            if (ctx.IsProposed(phrase)) continue;
            TaskExtractor.AddNamed(ctx, TaskExtractor.Capitalize(phrase), phrase, title, TaskExtractor.Name + ":title");
            previousTaskEnd = taskEnd;
        }
    }

    // "… for Language Model Evaluation", "…: Adversarial Purification": an action noun that ends the purpose phrase
    private static bool EndsActionPhrase(LinkingContext ctx, Sentence title, int i) =>
        ActionNouns.Is(ctx, i) && ActionNouns.EndsPhrase(ctx, title, i);

    // "Automated Detection of Primary Spine Tumors on MRI": the task is primary spine tumor detection
    private static void TitleNominalizations(LinkingContext ctx, Sentence title)
    {
        for (var i = title.FirstToken; i + 2 < title.EndToken; i++)
        {
            if (!HeadWords.Task.Contains(ctx.LowerSpan(i)) || !ctx.IsLower(i + 1, "of") || ctx.MentionAt.ContainsKey(i)) continue;
            var first = i + 2;
            if (ctx.IsLower(first, "the")) first++;
            var last = first - 1;
            while (last + 1 < title.EndToken && last + 1 - first < 4 && IsPhraseWord(ctx, last + 1)) last = NameSpans.GluedEnd(ctx, last + 1, title.EndToken);
            if (last < first || ctx.MentionAt.ContainsKey(last)) continue;
            var objectPhrase = ctx.Span(first, last);
            var words = objectPhrase.Split(' ');
            if (ctx.IsProposed(objectPhrase) || KnownTask(ctx, words[^1], ctx.TokenText(i))) continue;
            words[^1] = Inflection.Singular(words[^1]);
            var name = TaskExtractor.Capitalize((string.Join(' ', words) + " " + ctx.TokenText(i)).ToLowerInvariant());
            // "Generation of Test Cases" is the vocabulary's Test Generation ("test case generation"): one task, not two
            TaskExtractor.AddNamed(ctx, name, ctx.Span(i, last), title, TaskExtractor.Name + ":nominalization");
        }
    }


    // "Early Prediction of Battery Life (EPBL)" already gave the task: a link whose name has the same object word and head
    private static bool KnownTask(LinkingContext ctx, string objectWord, string head)
    {
        foreach (var link in ctx.Links)
        {
            if (link.Label == NodeLabel.Task && link.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                && link.Name.Contains(Inflection.Singular(objectWord), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsPhraseWord(LinkingContext ctx, int k)
    {
        if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
        var w = ctx.TokenText(k);
        return !NameSpans.IsDeterminerOrFunctionWord(w) && !w.Equals("using", StringComparison.OrdinalIgnoreCase) && !w.Equals("via", StringComparison.OrdinalIgnoreCase)
               && !w.Equals("with", StringComparison.OrdinalIgnoreCase) && !HeadWords.Task.Contains(w);
    }

    // gerunds that name a thing or field, not an act the title claims: "Driving Scene Understanding", "Learning Analytics"
    private static readonly WordSet NounGerunds = new(
    [
        "driving", "learning", "reasoning", "clustering", "computing", "processing", "mining", "ranking", "training", "sampling",
        "rendering", "planning", "coding", "labeling", "labelling", "imaging", "sensing", "routing", "pricing", "matching",
        "reading", "writing", "speaking", "hearing", "listening", "hashing", "pooling", "filtering", "screening", "sequencing",
        "embedding", "clothing", "building", "housing", "lighting",
    ]);

    // "Neural Legal Judgment Prediction", "Deep Face Recognition": what the model is, before the task's name
    private static readonly WordSet Descriptors = new(["neural", "deep", "novel", "new"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// First token of the words before the head at <paramref name="head"/>, at most four, a glued run ("Sketch-to-Photo",
    /// "View-based", "Post-click") counted as one word and never cut; a function word or a mention on its own ends them.
    /// </summary>
    private static int PhraseStart(LinkingContext ctx, Sentence title, int head)
    {
        var first = head;
        for (var words = 0; words < 4 && first - 1 >= title.FirstToken; words++)
        {
            var k = first - 1;
            // a symbol (":", ",") or a word that starts its run is tested on its own; "based" inside "Embedding-based" is not
            if ((ctx.Tokens[k].Kind == TokenKind.Symbol || ctx.Tokens[k].SpaceBefore || k == title.FirstToken) && IsBoundaryWord(ctx, k)) break;
            var start = NameSpans.GluedStart(ctx, k, title.FirstToken);
            // "Transformer-Based Visual Segmentation": the method it is based on is not part of the task's name
            if (start < k && ctx.MentionAt.ContainsKey(start) && ctx.IsLower(k, "based")) break;
            first = start;
        }
        return first;
    }

    // "A Survey on Medical Document Summarization", "A Review of Zorblat Detection": what a survey covers is its task
    private static bool SurveyTopic(LinkingContext ctx, int preposition) =>
        (ctx.IsLower(preposition, "on") || ctx.IsLower(preposition, "of"))
        && (ctx.IsLower(preposition - 1, "survey") || ctx.IsLower(preposition - 1, "review") || ctx.IsLower(preposition - 1, "overview"));

    // "IMHO Fine-Tuning Improves Claim Detection": a claim, not a task's name
    private static readonly WordSet Verbs = new(
        ["improves", "enables", "helps", "makes", "meets", "matters", "beats", "boosts", "yields", "drives", "needs", "is", "are"],
        StringComparer.OrdinalIgnoreCase);

    private static bool HasVerb(LinkingContext ctx, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Word && Verbs.Contains(ctx.TokenText(k))) return true;
        }
        return false;
    }

    private static bool IsBoundaryWord(LinkingContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        if (t.Kind == TokenKind.Symbol) return ctx.Text[t.Start] is not ('-' or '/');
        var w = ctx.TokenText(k);
        return NameSpans.IsDeterminerOrFunctionWord(w) || w.Equals("via", StringComparison.OrdinalIgnoreCase) || ctx.MentionAt.ContainsKey(k);
    }

}

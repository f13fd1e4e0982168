using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Task names no vocabulary knows, read from the shape of the text: the purpose slot of a title ("… for Skeleton-based
/// Action Recognition", "… Detection and Lesion Recognition"), a title's nominalization ("Detection of Primary Spine
/// Tumors" → primary spine tumor detection) and a task-headed noun phrase the abstract repeats ("spine tumor detection"
/// twice). Each names the task in lower case after its first word, the way tasks are written in running text.
/// </summary>
internal static class TaskPhrases
{
    // "Automated Unit Test Generation" addresses unit test generation: how well is not part of what
    private static readonly HashSet<string> Qualities = new(StringComparer.OrdinalIgnoreCase)
    {
        "automated", "automatic", "efficient", "effective", "accurate", "robust", "fast", "faster", "scalable", "improved",
        "improving", "enhanced", "enhancing", "better", "simple", "fully", "reliable", "explainable", "interpretable",
        "lightweight", "practical", "generalizable", "precise", "rapid", "high-quality", "towards", "toward",
    };

    // words that make a repeated "X generation" / "X prediction" a description of the paper, not a task it addresses
    private static readonly HashSet<string> NotTaskModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "model", "models", "data", "feature", "features", "performance", "final", "overall", "future", "joint", "accurate",
        "efficient", "effective", "robust", "automatic", "automated", "improved", "better", "higher", "lower", "faster",
        "real-time", "online", "offline", "end-to-end", "downstream", "generic", "general", "specific", "same", "output",
        "input", "token", "sample", "candidate", "proposed", "baseline", "error", "prior", "posterior", "can", "may",
    };

    private static readonly HashSet<string> Superlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "best", "worst", "largest", "smallest", "highest", "lowest", "latest", "fastest", "strongest", "simplest",
    };

    public static void Run(LinkingContext ctx)
    {
        if (ctx.Sentences.Count == 0) return;
        if (ctx.InTitle(ctx.Sentences[0]))
        {
            TitleSlots(ctx, ctx.Sentences[0]);
            TitleNominalizations(ctx, ctx.Sentences[0]);
        }
        RepeatedPhrases(ctx);
    }

    // "... for Skeleton-based Action Recognition", "... for Video QA Task", "... for COVID-19 Detection and Lesion Recognition"
    private static void TitleSlots(LinkingContext ctx, Sentence title)
    {
        var previousTaskEnd = -1;
        for (var i = title.FirstToken; i < title.EndToken; i++)
        {
            if (!HeadWords.Contains(HeadWords.Task, ctx.LowerSpan(i))) continue;
            var taskEnd = i;
            if (ctx.MentionAt.TryGetValue(i, out var mention))
            {
                if (mention.Entry.Kind == NodeLabel.Task) previousTaskEnd = mention.LastToken;
                continue;
            }
            if (ctx.IsLower(i + 1, "of")) continue;
            var first = i;
            while (first - 1 >= title.FirstToken && !IsBoundaryWord(ctx, first - 1) && i - first < 4) first--;
            while (first < i && ctx.Tokens[first].Kind == TokenKind.Symbol) first++;
            while (first < i && Qualities.Contains(ctx.TokenText(first))) first++;
            if (first == i || ctx.MentionAt.ContainsKey(first)) continue;
            var before = first - 1;
            while (before >= title.FirstToken && Qualities.Contains(ctx.TokenText(before))) before--;
            // the purpose slot of a title: "... for X", "towards X", "...: X", or the second of "X Detection and Y Recognition"
            var slot = before < title.FirstToken || ctx.IsLower(before, "for") || ctx.IsLower(before, "towards") || ctx.IsLower(before, "toward")
                       || ctx.Text[ctx.Tokens[before].Start] == ':'
                       || (ctx.IsLower(before, "and") && previousTaskEnd == before - 1);
            if (!slot) continue;
            var phrase = ctx.Span(first, i);
            if (ctx.IsProposed(phrase)) continue;
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, TaskExtractor.Capitalize(phrase), phrase, title, 0.6, TaskExtractor.Name + ":title", true);
            previousTaskEnd = taskEnd;
        }
    }

    // "Automated Detection of Primary Spine Tumors on MRI": the task is primary spine tumor detection
    private static void TitleNominalizations(LinkingContext ctx, Sentence title)
    {
        for (var i = title.FirstToken; i + 2 < title.EndToken; i++)
        {
            if (!HeadWords.Contains(HeadWords.Task, ctx.LowerSpan(i)) || !ctx.IsLower(i + 1, "of") || ctx.MentionAt.ContainsKey(i)) continue;
            var first = i + 2;
            if (ctx.IsLower(first, "the")) first++;
            var last = first - 1;
            while (last + 1 < title.EndToken && last + 1 - first < 4 && IsPhraseWord(ctx, last + 1)) last = NameSpans.GluedEnd(ctx, last + 1, title.EndToken);
            if (last < first || ctx.MentionAt.ContainsKey(last)) continue;
            var objectPhrase = ctx.Span(first, last);
            var words = objectPhrase.Split(' ');
            if (ctx.IsProposed(objectPhrase) || KnownTask(ctx, words[^1], ctx.TokenText(i))) continue;
            words[^1] = Singular(words[^1]);
            var name = TaskExtractor.Capitalize((string.Join(' ', words) + " " + ctx.TokenText(i)).ToLowerInvariant());
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, name, ctx.Span(i, last), title, 0.6, TaskExtractor.Name + ":nominalization", true);
        }
    }

    /// <summary>
    /// A task-headed noun phrase written two or more times ("spine tumor detection … primary spine tumor detection"):
    /// the longest form that repeats is the task. A vocabulary task or a phrase made of qualities is left alone.
    /// </summary>
    private static void RepeatedPhrases(LinkingContext ctx)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new List<(int Head, int[] Starts, Sentence Sentence)>();
        foreach (var s in ctx.Sentences)
        {
            for (var i = s.FirstToken + 1; i < s.EndToken; i++)
            {
                if (ctx.Tokens[i].Kind != TokenKind.Word || !HeadWords.Contains(HeadWords.Task, ctx.LowerSpan(i)) || ctx.MentionAt.ContainsKey(i)) continue;
                var starts = new List<int>();
                var k = i - 1;
                while (k >= s.FirstToken && starts.Count < 3)
                {
                    var start = NameSpans.GluedStart(ctx, k, s.FirstToken);
                    if (!IsModifier(ctx, start, k, ctx.InTitle(s))) break;
                    starts.Add(start);
                    k = start - 1;
                }
                if (starts.Count == 0) continue;
                foreach (var start in starts)
                {
                    var key = ctx.Lowered[ctx.Tokens[start].Start..ctx.Tokens[i].End];
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
                occurrences.Add((i, [.. starts], s));
            }
        }
        var found = new List<(string Phrase, Sentence Sentence, int Anchor)>();
        foreach (var (head, starts, s) in occurrences)
        {
            // the longest repeated form: "spine tumor detection", not "tumor detection"
            for (var n = starts.Length - 1; n >= 0; n--)
            {
                var phrase = ctx.Span(starts[n], head);
                if (counts[phrase.ToLowerInvariant()] < 2) continue;
                if (ctx.Vocabulary.Resolve(phrase) is null && !ctx.IsProposed(phrase)) found.Add((phrase.ToLowerInvariant(), s, ctx.Tokens[starts[n]].Start));
                break;
            }
        }
        // "tumor detection" is the same task as "spine tumor detection" found here or by another rule
        var longer = ctx.Links.Where(l => l.Label == NodeLabel.Task).Select(l => l.Name.ToLowerInvariant()).Concat(found.Select(f => f.Phrase)).ToList();
        foreach (var (phrase, s, anchor) in found)
        {
            if (longer.Any(l => l.Length > phrase.Length && l.EndsWith(" " + phrase, StringComparison.Ordinal))) continue;
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, TaskExtractor.Capitalize(phrase), ctx.Text.Substring(anchor, phrase.Length), s, 0.6,
                TaskExtractor.Name + ":repeated", true, anchor: anchor);
        }
    }

    // "Early Prediction of Battery Life (EPBL)" already gave the task: a link whose name has the same object word and head
    private static bool KnownTask(LinkingContext ctx, string objectWord, string head)
    {
        foreach (var link in ctx.Links)
        {
            if (link.Label == NodeLabel.Task && link.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                && link.Name.Contains(Singular(objectWord), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // a lower-case content word (or a glued "path-dependent"), not a function word, quality or mention
    private static bool IsModifier(LinkingContext ctx, int first, int last, bool inTitle)
    {
        for (var k = first; k <= last; k++)
        {
            if (ctx.MentionAt.ContainsKey(k)) return false;
            if (ctx.Tokens[k].Kind == TokenKind.Number) return false;
        }
        // a title capitalizes every word; running text keeps names capitalized, and a name is not a task's modifier
        var sentenceStart = first == ctx.SentenceOf(first).FirstToken;
        if (ctx.Tokens[first].Kind != TokenKind.Word || !(inTitle || sentenceStart || char.IsLower(ctx.Text[ctx.Tokens[first].Start]))) return false;
        // "long-term prediction", "fine-grained recognition": a hyphenated modifier says how, not what
        if (first != last) return false;
        var word = ctx.Span(first, last);
        if (word.Length < 3 || NameSpans.IsDeterminerOrFunctionWord(word) || NotTaskModifiers.Contains(word) || Qualities.Contains(word)) return false;
        // adverbs, participles and comparatives describe; they do not name what is detected or predicted
        return !(word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
                 || Superlatives.Contains(word) || HeadWords.Contains(HeadWords.Task, word));
    }

    private static bool IsPhraseWord(LinkingContext ctx, int k)
    {
        if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
        var w = ctx.TokenText(k);
        return !NameSpans.IsDeterminerOrFunctionWord(w) && !w.Equals("using", StringComparison.OrdinalIgnoreCase) && !w.Equals("via", StringComparison.OrdinalIgnoreCase)
               && !w.Equals("with", StringComparison.OrdinalIgnoreCase) && !HeadWords.Contains(HeadWords.Task, w);
    }

    private static bool IsBoundaryWord(LinkingContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        if (t.Kind == TokenKind.Symbol) return ctx.Text[t.Start] is not ('-' or '/');
        var w = ctx.TokenText(k);
        return NameSpans.IsDeterminerOrFunctionWord(w) || w.Equals("via", StringComparison.OrdinalIgnoreCase) || ctx.MentionAt.ContainsKey(k);
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            ? word[..^1] : word;
}

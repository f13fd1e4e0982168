using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Tasks the abstract states in words rather than names: "we tackle the problem of X", "the X problem", a purpose
/// verb ("to detect X", "for predicting X" → X detection, X prediction) and a nominalization in a first-person
/// sentence ("we study the classification of images" → image classification). Only short object phrases (at most
/// <see cref="MaxObjectWords"/> words, no function word) count: a longer run is a description, not a task name.
/// </summary>
internal static class TaskStatements
{
    private const int MaxObjectWords = 4;

    // a purpose verb and its task noun: "to detect X" addresses X detection. Not "generate": "to generate accurate
    // responses" states a quality, and what is generated is rarely the task's name
    private static readonly Dictionary<string, string> VerbNouns = new(StringComparer.Ordinal)
    {
        ["detect"] = "detection", ["detecting"] = "detection", ["predict"] = "prediction", ["predicting"] = "prediction",
        ["classify"] = "classification", ["classifying"] = "classification", ["recognize"] = "recognition",
        ["recognizing"] = "recognition", ["recognise"] = "recognition", ["recognising"] = "recognition",
        ["segment"] = "segmentation", ["segmenting"] = "segmentation", ["forecast"] = "forecasting",
        ["forecasting"] = "forecasting", ["translate"] = "translation", ["translating"] = "translation",
        ["summarize"] = "summarization", ["summarizing"] = "summarization", ["summarise"] = "summarization",
        ["summarising"] = "summarization", ["localize"] = "localization", ["localizing"] = "localization",
        ["localise"] = "localization", ["localising"] = "localization", ["track"] = "tracking", ["tracking"] = "tracking",
        ["retrieve"] = "retrieval", ["retrieving"] = "retrieval", ["diagnose"] = "diagnosis", ["diagnosing"] = "diagnosis",
        ["recommend"] = "recommendation", ["recommending"] = "recommendation", ["identify"] = "identification",
        ["identifying"] = "identification", ["estimate"] = "estimation", ["estimating"] = "estimation",
    };

    // nouns that state a task: "the problem of X", "the X task"
    private static readonly WordSet ProblemWords = new(["problem", "problems", "task", "tasks"]);

    private static readonly WordMap<string> VerbLookup = new(VerbNouns);

    // words that end an object phrase besides function words: "detect X using Y", "the problem of X via Y"
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "using", "via", "with", "without", "under", "across", "within", "between", "among", "where", "whether", "if",
        "so", "can", "could", "may", "might", "will", "would", "should", "must", "has", "have", "had", "do", "does",
        "did", "remains", "remain", "become", "becomes", "been", "being", "etc", "i.e", "e.g", "them", "itself", "themselves",
    };

    public static void Run(LinkingContext ctx)
    {
        foreach (var s in ctx.Sentences)
        {
            if (ctx.InTitle(s))
            {
                TitleVerbs(ctx, s);
                AgentNounTasks.Run(ctx, s);
                continue;
            }
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                // this loop sees every word of every abstract: cheap neighbour tests first, then span lookups, no allocation
                if (ctx.Tokens[i].Kind != TokenKind.Word) continue;
                AgentNounTasks.At(ctx, s, i);
                var word = ctx.LowerSpan(i);
                if (ProblemWords.Contains(word))
                {
                    // "the problem of negative transfer remains": only a problem the paper takes on is its task
                    if (!TakenOn(ctx, s, i)) continue;
                    // "the long-term forecasting problem of time series", "the inconsistency problem of FSSH": a problem named
                    // before "of" is not what follows it
                    if (ctx.IsLower(i + 1, "of"))
                    {
                        if (!(i > s.FirstToken && IsObjectWord(ctx, i - 1))) ProblemOf(ctx, s, i);
                    }
                    else if (Cues.HasAny(ctx, s, Cues.FirstPerson)) ProblemNamed(ctx, s, i);
                }
                // "radiologists need to diagnose X", "the system first needs to recognize X": a step, not the paper's aim
                else if ((ctx.IsLower(i - 1, "to") || ctx.IsLower(i - 1, "for")) && VerbLookup.TryGetValue(word, out var noun))
                {
                    // without "we", only a task the vocabulary knows: "models trained to classify skin lesions"
                    Purpose(ctx, s, i, noun, knownOnly: !Cues.HasAny(ctx, s, Cues.FirstPerson));
                }
                // "ChatGPT's performance in answering clinical questions", "outperform humans in generating essays": what a
                // system is measured at doing is the task it is evaluated on
                else if (word.EndsWith("ing") && (ctx.IsLower(i - 1, "in") || ctx.IsLower(i - 1, "at")) && VerbLookup.TryGetValue(word, out noun)
                         && Cues.HasAny(ctx, s, Cues.Evaluation))
                {
                    Purpose(ctx, s, i, noun);
                }
                // "ChatGPT's performance in answering patients' questions", "to answer clinical case-based questions"
                else if (word.StartsWith("answer") && (word.SequenceEqual("answering") && (ctx.IsLower(i - 1, "in") || ctx.IsLower(i - 1, "at") || ctx.IsLower(i - 1, "for") || ctx.IsLower(i - 1, "on"))
                             || word.SequenceEqual("answer") && AnswerVerb(ctx, s, i))
                         && (Cues.HasAny(ctx, s, Cues.Evaluation) || Cues.HasAny(ctx, s, Cues.FirstPerson)))
                {
                    QuestionAnswering(ctx, s, i);
                }
                else if (HeadWords.Task.Contains(word) && ctx.IsLower(i + 1, "of") && !ctx.MentionAt.ContainsKey(i)
                         && (i == s.FirstToken || !IsObjectWord(ctx, i - 1)) && !IsEra(ctx, i) && Cues.HasAny(ctx, s, Cues.FirstPerson))
                {
                    Nominalization(ctx, s, i);
                }
            }
        }
    }

    // "we tackle the problem of X", "to address the cross-domain problem": a taking-on verb at most six tokens before the noun
    private static bool TakenOn(LinkingContext ctx, Sentence s, int problem)
    {
        for (var k = problem - 1; k >= s.FirstToken && problem - k <= 6; k--)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            foreach (var verb in TakingOn)
            {
                if (ctx.LowerStartsWith(k, verb)) return true;
            }
        }
        return false;
    }

    private static readonly string[] TakingOn =
        ["tackl", "address", "solv", "stud", "consider", "investigat", "focus", "formulat", "explor", "examin", "revisit", "cast", "frame"];

    // a title states its task with a verb: "Predicting X from Y", "…: Detecting X", "Learning to Segment X", "… for Detecting X"
    private static void TitleVerbs(LinkingContext ctx, Sentence title)
    {
        for (var i = title.FirstToken; i < title.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word || !VerbLookup.TryGetValue(ctx.LowerSpan(i), out var noun)) continue;
            var opens = i == title.FirstToken || ctx.Text[ctx.Tokens[i - 1].Start] == ':' || ctx.IsLower(i - 1, "to") || ctx.IsLower(i - 1, "for");
            if (opens) Purpose(ctx, title, i, noun);
        }
    }

    // "the problem of blind source separation", "the problem of detecting fake reviews"
    private static void ProblemOf(LinkingContext ctx, Sentence s, int problem)
    {
        var first = problem + 2;
        if (first < s.EndToken && VerbLookup.TryGetValue(ctx.LowerSpan(first), out var noun))
        {
            Purpose(ctx, s, first, noun);
            return;
        }
        var last = ObjectEnd(ctx, s, first);
        // "the problem of deciding which …" describes; "the problem of negative transfer" names a known concept
        if (last < first || ctx.LowerSpan(first).EndsWith("ing") || ctx.MentionAt.ContainsKey(last)) return;
        AddTask(ctx, s, first, last, ctx.Span(first, last), ctx.Span(problem, last));
    }

    // "we tackle the cross-domain problem", "we address the few-shot tasks"
    private static void ProblemNamed(LinkingContext ctx, Sentence s, int problem)
    {
        var first = problem;
        var words = 0;
        // word by word to the left; a hyphenated run ("cross-domain") is one word
        while (first - 1 >= s.FirstToken && words < MaxObjectWords && IsObjectWord(ctx, first - 1))
        {
            first = NameSpans.GluedStart(ctx, first - 1, s.FirstToken);
            words++;
        }
        if (first == problem || !(ctx.IsLower(first - 1, "the") || ctx.IsLower(first - 1, "a") || ctx.IsLower(first - 1, "an"))) return;
        if (ctx.MentionAt.ContainsKey(problem - 1)) return;
        for (var k = first; k < problem; k++)
        {
            if (IsClauseWord(ctx.LowerSpan(k)) || TaskPhrases.IsQuality(ctx.TokenText(k))) return;
        }
        AddTask(ctx, s, first, problem - 1, ctx.Span(first, problem - 1), ctx.Span(first, problem));
    }

    // "to detect hate speech" → hate speech detection
    private static void Purpose(LinkingContext ctx, Sentence s, int verb, string noun, bool knownOnly = false)
    {
        var first = verb + 1;
        if (ctx.IsLower(first, "the")) first++;
        var last = ObjectEnd(ctx, s, first);
        if (last < first) return;
        AddTask(ctx, s, first, last, Nominal(ctx, first, last, noun), ctx.Span(verb, last), knownOnly);
    }

    /// <summary>
    /// "answering patients' questions", "answer clinical case-based questions": answering a kind of questions is question
    /// answering. The object must end in "questions" within <see cref="MaxObjectWords"/> words (a possessive's
    /// apostrophe and compound dashes allowed), and not be "research questions": "answer the crucial question" or
    /// "answering research questions" of a study is no task.
    /// </summary>
    private static void QuestionAnswering(LinkingContext ctx, Sentence s, int verb)
    {
        var k = verb + 1;
        for (var words = 0; k < s.EndToken && words <= MaxObjectWords; words++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Symbol && k > verb + 1 && !ctx.Tokens[k].SpaceBefore)
            {
                var symbol = ctx.Text[ctx.Tokens[k].Start];
                // a possessive's apostrophe; an en dash inside a compound ("case–based") joins the word after it
                if (symbol is '\'' or '’') k++;
                else if (symbol == '–' && k + 1 < s.EndToken && !ctx.Tokens[k + 1].SpaceBefore) k += 2;
                else return;
                continue;
            }
            if (!IsObjectWord(ctx, k)) return;
            var end = NameSpans.GluedEnd(ctx, k, s.EndToken);
            if (end == k && ctx.IsLower(k, "questions"))
            {
                // "answering research questions" is the study's own inquiry, not a task its system performs
                if (ctx.IsLower(k - 1, "research")) return;
                AddTask(ctx, s, verb + 1, k, "question answering", ctx.Span(verb, k));
                return;
            }
            k = end + 1;
        }
    }

    // "to answer", "can answer", "read articles … and answer", "to effectively answer": the verb, not the noun ("the answer")
    private static bool AnswerVerb(LinkingContext ctx, Sentence s, int answer)
    {
        var before = answer - 1;
        if (before > s.FirstToken && ctx.Tokens[before].Kind == TokenKind.Word && ctx.LowerSpan(before).EndsWith("ly")) before--;
        return ctx.IsLower(before, "to") || ctx.IsLower(before, "can") || ctx.IsLower(before, "could") || ctx.IsLower(before, "and");
    }

    // "a new generation of policy learning techniques": an era, not the act of generating
    private static bool IsEra(LinkingContext ctx, int head) =>
        ctx.IsLower(head, "generation") && (ctx.IsLower(head - 1, "new") || ctx.IsLower(head - 1, "next") || ctx.IsLower(head - 1, "latest")
                                             || ctx.IsLower(head - 1, "current") || ctx.IsLower(head - 1, "first") || ctx.IsLower(head - 1, "second"));

    // "we study the classification of images" → image classification
    private static void Nominalization(LinkingContext ctx, Sentence s, int head)
    {
        var first = head + 2;
        if (ctx.IsLower(first, "the")) first++;
        var last = ObjectEnd(ctx, s, first);
        if (last < first) return;
        AddTask(ctx, s, first, last, Nominal(ctx, first, last, ctx.TokenText(head).ToLowerInvariant()), ctx.Span(head, last));
    }

    private static string Nominal(LinkingContext ctx, int first, int last, string noun)
    {
        var words = ctx.Span(first, last).Split(' ');
        words[^1] = Inflection.Singular(words[^1]);
        return string.Join(' ', words) + " " + noun;
    }

    // last token of the object phrase from first: words (glued runs count as one) up to a stop; -1 when too long
    // or when it holds a participle or adverb ("DNN programs written in", "plasticity associated with"): a clause, not a name
    private static int ObjectEnd(LinkingContext ctx, Sentence s, int first)
    {
        var last = first - 1;
        var words = 0;
        var k = first;
        while (k < s.EndToken && IsObjectWord(ctx, k))
        {
            if (TaskPhrases.IsQuality(ctx.TokenText(k)) || IsClauseWord(ctx.LowerSpan(k))) return -1;
            last = NameSpans.GluedEnd(ctx, k, s.EndToken);
            k = last + 1;
            if (++words > MaxObjectWords) return -1;
        }
        return last;
    }

    private static bool IsClauseWord(ReadOnlySpan<char> w) =>
        w.EndsWith("ed") || w.EndsWith("ly") || w.SequenceEqual("written") || w.SequenceEqual("necessary") || w.SequenceEqual("possible");

    private static bool IsObjectWord(LinkingContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        if (t.Kind != TokenKind.Word) return false;
        var w = ctx.TokenText(k);
        var lower = ctx.LowerSpan(k);
        return !NameSpans.IsDeterminerOrFunctionWord(w) && !Stops.Contains(w) && !ProblemWords.Contains(lower) && !VerbLookup.ContainsKey(lower);
    }

    private static void AddTask(LinkingContext ctx, Sentence s, int first, int last, string name, string surface, bool knownOnly = false)
    {
        // the vocabulary already named the task ("the problem of image registration"), or the phrase names a method
        // or dataset ("the problem of Transformers"): nothing new to say
        if (ctx.MentionAt.TryGetValue(last, out var m) && m.Entry.Kind != NodeLabel.Concept || ctx.IsProposed(ctx.Span(first, last))) return;
        name = TaskExtractor.TaskName(name);
        if (knownOnly && ctx.Vocabulary.Resolve(name, NodeLabel.Task) is null) return;
        TaskExtractor.AddNamed(ctx, name, surface, s, TaskExtractor.Name + ":statement", ctx.Tokens[first].Start);
    }

}

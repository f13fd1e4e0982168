using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// One task noun shared by coordinated objects names one task per object: "hate speech and profanity detection" is
/// hate speech detection and profanity detection; "image, video and audio classification" three classifications.
/// Only the last object is written next to the noun, so neither the vocabulary nor the head-noun rule sees the others.
/// </summary>
internal static class CoordinatedTasks
{
    private const int MaxObjectWords = 3;
    private const int MaxObjects = 5;

    public static void Run(LinkingContext ctx)
    {
        foreach (var s in ctx.Sentences)
        {
            for (var head = s.FirstToken + 3; head < s.EndToken; head++)
            {
                if (ctx.Tokens[head].Kind != TokenKind.Word || !IsTaskNoun(ctx.LowerSpan(head))) continue;
                var objects = Objects(ctx, s, head);
                if (objects.Count < 2) continue;
                var noun = ctx.LowerSpan(head).ToString();
                // A known task among the objects set apart from the noun says the noun is shared: "show fair prediction" and
                // "combining CNN local perception modeling" are what a verb phrase makes without one, and in "vision and time
                // series forecasting" only the object next to the noun is known, which says nothing about "vision".
                if (!AnyFarObjectKnown(ctx, objects, noun)) continue;
                for (var o = 0; o < objects.Count; o++)
                {
                    var (first, last) = objects[o];
                    var phrase = ctx.Span(first, last);
                    if (ctx.IsProposed(phrase)) continue;
                    // "offensive, abusive language and …": a lone adjective shares the noun of the object after it
                    if (first == last && o > 0 && objects[o - 1].Last > objects[o - 1].First && IsAdjective(ctx.LowerSpan(first)))
                    {
                        phrase += " " + ctx.TokenText(objects[o - 1].Last);
                    }
                    Add(ctx, s, first, head, phrase + " " + noun);
                }
            }
        }
    }

    /// <summary>
    /// The task noun a coordination that goes on after <paramref name="last"/> ends in, or -1: "abusive language" in
    /// "offensive, abusive language and hate speech detection tasks" is abusive language detection, not the bare topic.
    /// </summary>
    public static int SharedHeadAfter(LinkingContext ctx, Sentence s, int last)
    {
        var k = last + 1;
        if (k >= s.EndToken || !(ctx.IsLower(k, "and") || ctx.IsLower(k, "or"))) return -1;
        var words = 0;
        k++;
        while (k < s.EndToken && IsObjectWord(ctx, k) && words < MaxObjectWords)
        {
            k = NameSpans.GluedEnd(ctx, k, s.EndToken) + 1;
            words++;
        }
        return words > 0 && k < s.EndToken && ctx.Tokens[k].Kind == TokenKind.Word && IsTaskNoun(ctx.LowerSpan(k)) ? k : -1;
    }

    // The objects before the head, last first found: "A, B and C head" or "A or C head"; at most 3 words each.
    private static IReadOnlyList<(int First, int Last)> Objects(LinkingContext ctx, Sentence s, int head)
    {
        if (!ConjunctionBefore(ctx, s, head)) return [];
        var end = head - 1;
        var start = ObjectStart(ctx, s, end);
        if (start < 0 || start - 1 < s.FirstToken || !(ctx.IsLower(start - 1, "and") || ctx.IsLower(start - 1, "or"))) return [];
        var objects = new List<(int First, int Last)> { (start, end) };
        end = start - 2;
        while (end >= s.FirstToken && objects.Count < MaxObjects)
        {
            start = ObjectStart(ctx, s, end);
            if (start < 0) break;
            objects.Add((start, end));
            // ", B" continues the list leftwards; anything else ends it
            if (start - 2 < s.FirstToken || ctx.Tokens[start - 1].Kind != TokenKind.Symbol || ctx.Text[ctx.Tokens[start - 1].Start] != ',') break;
            end = start - 2;
        }
        // "detection of X and Y classification" or a sentence-long run are not lists of task objects
        return objects.Count >= 2 && (start - 1 < s.FirstToken || !IsObjectWord(ctx, start - 1)) ? objects : [];
    }

    // "and" / "or" at most an object's length before the noun: the cheap test that rules out most task nouns
    private static bool ConjunctionBefore(LinkingContext ctx, Sentence s, int head)
    {
        for (var k = head - 2; k >= s.FirstToken && k >= head - 2 - 2 * MaxObjectWords; k--)
        {
            if (ctx.IsLower(k, "and") || ctx.IsLower(k, "or")) return true;
        }
        return false;
    }

    // First token of the object phrase of 1–3 words ending at last, or -1 when there is none.
    private static int ObjectStart(LinkingContext ctx, Sentence s, int last)
    {
        if (last < s.FirstToken || !IsObjectWord(ctx, last)) return -1;
        var first = last;
        var words = 0;
        while (first - 1 >= s.FirstToken && IsObjectWord(ctx, first - 1) && words < MaxObjectWords)
        {
            first = NameSpans.GluedStart(ctx, first - 1, s.FirstToken);
            words++;
        }
        first = NameSpans.GluedStart(ctx, first, s.FirstToken);
        return words < MaxObjectWords || !IsObjectWord(ctx, first - 1) ? first : -1;
    }

    // The task nouns end in a few letter pairs ("detection", "tracking", "retrieval", "diagnosis"): most words of an
    // abstract are turned away by their length and last two letters before any hashing.
    private static readonly ulong[] TaskNounEnds = EndBits(HeadWords.Task.Words);
    private static readonly int ShortestTaskNoun = HeadWords.Task.Words.Min(w => w.Length);
    // The words come lower-cased, so an ordinal set does: its hash is about half the cost of the case-blind one.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TaskNouns =
        new HashSet<string>(HeadWords.Task.Words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // one bit per pair of last letters (7 bits each, 16,384 bits): a test without hashing for every word
    private static int EndOf(ReadOnlySpan<char> w) => (w[^2] & 0x7F) << 7 | (w[^1] & 0x7F);

    private static ulong[] EndBits(IEnumerable<string> words)
    {
        var bits = new ulong[1 << 14 >> 6];
        foreach (var w in words)
        {
            var e = EndOf(w.ToLowerInvariant());
            bits[e >> 6] |= 1UL << (e & 63);
        }
        return bits;
    }

    private static bool IsTaskNoun(ReadOnlySpan<char> w)
    {
        if (w.Length < ShortestTaskNoun) return false;
        var e = EndOf(w);
        return (TaskNounEnds[e >> 6] & 1UL << (e & 63)) != 0 && TaskNouns.Contains(w);
    }

    private static bool IsAdjective(ReadOnlySpan<char> w) =>
        w.EndsWith("ive") || w.EndsWith("al") || w.EndsWith("ic") || w.EndsWith("ous") || w.EndsWith("ful") || w.EndsWith("able") || w.EndsWith("ible");

    // a loop, not a lambda: a closure over the loop's locals was allocated for every word of every abstract
    private static bool AnyFarObjectKnown(LinkingContext ctx, IReadOnlyList<(int First, int Last)> objects, string noun)
    {
        for (var o = 1; o < objects.Count; o++)
        {
            if (IsKnownTask(ctx, objects[o].First, objects[o].Last, noun)) return true;
        }
        return false;
    }

    private static bool IsKnownTask(LinkingContext ctx, int first, int last, string noun) =>
        (ctx.MentionAt.TryGetValue(last, out var m) && m.Entry.Kind == NodeLabel.Task && m.FirstToken >= first)
        || ctx.Vocabulary.Resolve(ctx.Span(first, last) + " " + noun, NodeLabel.Task) is not null;

    private static bool IsObjectWord(LinkingContext ctx, int k)
    {
        if (k < 0 || k >= ctx.Tokens.Length || ctx.Tokens[k].Kind != TokenKind.Word) return false;
        var lower = ctx.LowerSpan(k);
        // span checks first: this runs on the word before every task noun of every abstract
        return !IsTaskNoun(lower) && !lower.EndsWith("ly") && !lower.EndsWith("ed")
               && !NameSpans.IsDeterminerOrFunctionWord(lower) && !TaskPhrases.IsQuality(lower);
    }

    private static void Add(LinkingContext ctx, Sentence s, int first, int head, string name)
    {
        TaskExtractor.AddNamed(ctx, TaskExtractor.TaskName(name), ctx.Text[ctx.Tokens[first].Start..ctx.Tokens[head].End], s,
            TaskExtractor.Name + ":coordination", ctx.Tokens[first].Start);
    }
}

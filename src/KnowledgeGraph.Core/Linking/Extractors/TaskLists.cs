using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The items of a list the text calls tasks: "20 reasoning tasks, including fact chaining, simple induction, deduction,
/// counting", "text-centric tasks, including form understanding, receipt understanding", "3 coding tasks (code repair,
/// code explanation, code synthesis)". Each item is a task, known to the vocabulary or not; an item the vocabulary
/// knows as something else (a dataset, "tasks (e.g., MMLU)") or said as an action ("handling lists") is not.
/// </summary>
internal static class TaskLists
{
    private const int MaxItemWords = 4;
    private const int MaxItems = 8;

    public static void Run(LinkingContext ctx)
    {
        foreach (var s in ctx.Sentences)
        {
            for (var i = s.FirstToken + 1; i < s.EndToken - 2; i++)
            {
                // "reasoning tasks", "20 coding tasks", "downstream tasks": tasks of a kind the paper names, not "in tasks such as
                // sales" (a field's chores)
                if (!ctx.IsLower(i, "tasks") || ctx.Tokens[i - 1].Kind == TokenKind.Symbol || NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(i - 1))) continue;
                var start = ListStart(ctx, s, i + 1);
                if (start < 0) continue;
                var items = Items(ctx, s, start);
                if (items.Count < 2) continue;
                foreach (var (first, last) in items) Add(ctx, s, first, last);
            }
        }
    }

    /// <summary>The first token of the list after "tasks": ", including", "including", "such as", "(e.g.,", "(", ":"; -1 when none.</summary>
    private static int ListStart(LinkingContext ctx, Sentence s, int k)
    {
        if (k < s.EndToken && ctx.TokenSpan(k) is ",") k++;
        if (k >= s.EndToken) return -1;
        if (ctx.IsLower(k, "including") || ctx.IsLower(k, "like")) return k + 1;
        if (ctx.IsLower(k, "such") && ctx.IsLower(k + 1, "as")) return k + 2;
        if (ctx.TokenSpan(k) is ":") return k + 1;
        if (ctx.TokenSpan(k) is "(")
        {
            k++;
            // "(e.g., …)", "(i.e., …)"
            if (k + 3 < s.EndToken && ctx.TokenSpan(k + 1) is "." && ctx.TokenSpan(k + 3) is "." && (ctx.IsLower(k, "e") || ctx.IsLower(k, "i"))) k += 4;
            if (k < s.EndToken && ctx.TokenSpan(k) is ",") k++;
            return k;
        }
        return -1;
    }

    // the items: lower-case noun phrases of up to four words between commas, "and" and "or"
    private static List<(int First, int Last)> Items(LinkingContext ctx, Sentence s, int k)
    {
        var items = new List<(int, int)>();
        var last = false;
        while (k < s.EndToken && items.Count < MaxItems)
        {
            // "A, B, and C": the item after the conjunction is the last
            if (ctx.IsLower(k, "and") || ctx.IsLower(k, "or"))
            {
                k++;
                last = true;
            }
            var first = k;
            var words = 0;
            while (k < s.EndToken && ctx.Tokens[k].Kind == TokenKind.Word && !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(k))
                   && !ctx.IsLower(k, "and") && !ctx.IsLower(k, "or") && words < MaxItemWords + 1)
            {
                k = NameSpans.GluedEnd(ctx, k, s.EndToken) + 1;
                words++;
            }
            if (words == 0 || words > MaxItemWords) return items;
            items.Add((first, k - 1));
            if (last) return items;
            // a comma, "and" or "or" goes on; anything else ends the list (")", ".", "but", "across")
            if (k < s.EndToken && ctx.TokenSpan(k) is ",") k++;
            else if (!(k < s.EndToken && (ctx.IsLower(k, "and") || ctx.IsLower(k, "or")))) return items;
        }
        return items;
    }

    private static readonly string[] AdjectiveEnds = ["-related", "-based", "-specific", "-centric", "-level", "-aware", "-oriented", "-driven"];

    private static void Add(LinkingContext ctx, Sentence s, int first, int last)
    {
        // "handling lists/sets", "solving problems": an action, not a task's name
        if (ctx.LowerSpan(first).EndsWith("ing") && first == NameSpans.GluedEnd(ctx, first, last + 1) && first < last) return;
        // a name (acronym, CamelCase, capitalized): a benchmark or a model more often than a task
        if (!char.IsLower(ctx.Text[ctx.Tokens[first].Start])) return;
        var phrase = ctx.Span(first, last);
        // "arXiv", a name in lower case; "scene-related, temporal-related and complex video-language understanding": adjectives share the last head
        if (ctx.IsProposed(phrase) || NameSpans.IsNameLike(phrase) || first == last && phrase.Any(char.IsUpper) || AdjectiveEnds.Any(e => phrase.EndsWith(e, StringComparison.Ordinal))) return;
        if (ctx.MentionAt.TryGetValue(first, out var m) && m.LastToken == last)
        {
            // the vocabulary's own task mention already links it; another kind is no task
            return;
        }
        for (var k = first; k <= last; k++)
        {
            if (ctx.MentionAt.TryGetValue(k, out var inner) && inner.Entry.Kind is NodeLabel.Dataset or NodeLabel.Method or NodeLabel.Metric) return;
        }
        TaskExtractor.AddNamed(ctx, TaskExtractor.TaskName(phrase), phrase, s, TaskExtractor.Name + ":list", ctx.Tokens[first].Start);
    }
}

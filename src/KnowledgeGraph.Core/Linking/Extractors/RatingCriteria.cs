using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// "Consultants rated all responses on medical adequacy, conciseness, coherence, and comprehensibility": the criteria
/// a rating verb lists are the metrics of a human evaluation, though no vocabulary names them. Only a list (two items
/// or more) of short lower-case noun phrases counts; "rated on a 5-point scale" or "scored on ImageNet" do not.
/// </summary>
internal static class RatingCriteria
{
    private const int MaxItemWords = 3;

    // the verb's past forms only: "rate", "score" and "grade" are nouns as often ("ROUGE scores on four summarization
    // tasks", "tumor stage and grade, critical for treatment decision and prognosis")
    private static readonly WordSet RatingVerbs = new(["rated", "scored", "graded", "judged"]);

    // words that end an item or the list: "rated on clarity and accuracy using a Likert scale"
    private static readonly HashSet<string> Enders = new(StringComparer.Ordinal)
    {
        "using", "with", "by", "on", "in", "from", "for", "of", "to", "at", "as", "via", "which", "that", "while", "where",
        "was", "were", "is", "are", "the", "a", "an", "their", "its", "each", "all", "both",
    };

    public static void Run(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken; i < s.EndToken - 2; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word || !RatingVerbs.Contains(ctx.LowerSpan(i))) continue;
            // the criteria follow "on" or "for" within a few words: "rated all responses, except their own, on …"
            var on = -1;
            for (var k = i + 1; k < Math.Min(s.EndToken, i + 10); k++)
            {
                if (ctx.IsLower(k, "on") || ctx.IsLower(k, "for")) { on = k; break; }
            }
            if (on < 0) continue;
            var items = Items(ctx, s, on + 1);
            if (items.Count < 2) continue;
            foreach (var (first, last) in items)
            {
                var name = ctx.Span(first, last);
                ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, TaskExtractor.Capitalize(name), name, s, 0.6, MetricExtractor.Name + ":rating",
                    ctx.Vocabulary.Resolve(name, NodeLabel.Metric) is null, anchor: ctx.Tokens[first].Start);
            }
            return;
        }
    }

    /// <summary>Comma / "and" separated items of one to three lower-case words each; empty when the run is not such a list.</summary>
    private static List<(int First, int Last)> Items(LinkingContext ctx, Sentence s, int start)
    {
        var items = new List<(int, int)>();
        var j = start;
        while (j < s.EndToken)
        {
            var first = j;
            while (j < s.EndToken && IsItemWord(ctx, j) && j - first < MaxItemWords) j++;
            if (j == first) break;
            items.Add((first, j - 1));
            if (j < s.EndToken && ctx.TokenText(j) == ",") j++;
            if (j < s.EndToken && ctx.IsLower(j, "and")) j++;
            else if (j < s.EndToken && ctx.TokenText(j - 1) != ",") break;
        }
        return items;
    }

    private static bool IsItemWord(LinkingContext ctx, int j)
    {
        var t = ctx.Tokens[j];
        if (t.Kind != TokenKind.Word || !char.IsLower(ctx.Text[t.Start])) return false;
        var word = ctx.TokenText(j);
        return !Enders.Contains(word) && !word.Equals("and", StringComparison.Ordinal) && !NameSpans.IsDeterminerOrFunctionWord(word);
    }
}

using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A metric that is the subject of the sentence, far from its number: "the F1-score of the improved model on the
/// power grid dataset reaches 92.43%", "the accuracy of all model predictions is higher than 80%", "the average
/// misclassification rates in the reader study were 51.2%", "the Pearson correlation with human ratings was 0.71".
/// The shape: metric, a preposition, a short phrase of
/// words (no number, comma or other metric), a linking verb, the number.
/// </summary>
internal static class DistantMetric
{
    private const int MaxSubjectWords = 12;

    // between the linking verb and the number: "is higher than", "can reach up to", "were about"
    private static readonly HashSet<string> Approach = new(StringComparer.OrdinalIgnoreCase)
    {
        "higher", "lower", "than", "up", "to", "about", "around", "approximately", "nearly", "almost", "over", "above", "below",
        "only", "just", "roughly", "can", "could", "still", "all", "consistently", "even",
    };

    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "reach", "reaches", "reached", "achieves", "achieved", "attains", "attained", "exceeds",
        "exceeded", "remains", "remained", "stands", "stood", "becomes", "became",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "on", "for", "from", "with", "between", "among", "across", "against", "over" };

    public static string? Before(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        var k = number - 1;
        var linked = false;
        while (k >= s.FirstToken && ctx.Tokens[k].Kind == TokenKind.Word)
        {
            var w = ctx.TokenText(k);
            if (Linking.Contains(w)) linked = true;
            else if (!Approach.Contains(w)) break;
            k--;
        }
        if (!linked) return null;
        // the subject phrase back to "METRIC of / in / on …"
        for (var words = 0; k > s.FirstToken && words <= MaxSubjectWords; k--)
        {
            var t = ctx.Tokens[k];
            // another measured number is another result; a number inside a name ("GPT-4") is not
            if (t.Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k)) return null;
            if (t.Kind == TokenKind.Symbol)
            {
                if (ctx.Text[t.Start] is not ('-' or '‐' or '/' or '(' or ')')) return null;
                continue;
            }
            if (ctx.MentionAt.TryGetValue(k, out var m) && m.Entry.Kind == NodeLabel.Metric) return null;
            words++;
            if (!Prepositions.Contains(ctx.TokenText(k))) continue;
            foreach (var (first, metric) in metricAt)
            {
                if (metric.Last == k - 1 && first >= s.FirstToken) return metric.Canonical;
            }
        }
        return null;
    }
}

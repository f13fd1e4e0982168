using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// How efficiency papers state their cost: model sizes with a magnitude ("with only 21M parameters", "72.77M FLOPs"),
/// fold changes ("a 37-fold speed increase") and speed said in words ("7 times as fast", "60% faster").
/// </summary>
internal static class EfficiencyFigures
{
    internal static readonly HashSet<string> ParameterNouns = new(StringComparer.OrdinalIgnoreCase) { "parameters", "params", "weights" };

    // a size the paper states as what its model costs ("with only 21M parameters", "4.3 GFLOPs and 28M parameters",
    // "has 88M params"), not a size said in passing ("ranging from 7B to 65B parameters", "scaled to 24B parameters")
    private static readonly HashSet<string> CostWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "and", "has", "having", "uses", "using", "requires", "requiring", "needs", "only", "just", "merely",
    };

    // what follows a fold change that makes it a measured one: "3-fold speedup", "a 37-fold speed increase", "10-fold fewer";
    // "5-fold cross-validation" is a protocol, not a result
    private static readonly HashSet<string> ChangeFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "speedup", "speed", "speed-up", "acceleration", "faster", "increase", "improvement", "reduction", "decrease", "fewer", "less", "more",
        "higher", "lower", "smaller", "larger", "gain", "boost", "compression", "savings", "saving", "drop", "cheaper",
    };

    /// <summary>
    /// A count with its magnitude glued on, followed by what it counts: a metric ("72.77M FLOPs") or, where the size is
    /// stated as a cost, parameters ("with only 21M parameters"). The metric, the magnitude's token and the last token of
    /// what is counted, or null.
    /// </summary>
    public static (string Metric, int Magnitude, int Counted)? MagnitudeCount(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int i, Sentence s)
    {
        var magnitude = i + 1;
        // spans, not strings: this runs for every number of every abstract
        if (magnitude + 1 >= s.EndToken || ctx.Tokens[magnitude].SpaceBefore || !(ctx.TokenSpan(magnitude) is "M" or "B" or "K" or "k" or "G" or "T")) return null;
        // part of a name ("ImageNet-1k", "Llama-7B"), unless an approximation or a bracket opens it ("~88M", "(21M")
        if (i > s.FirstToken && !ctx.Tokens[i].SpaceBefore && !(ctx.TokenSpan(i - 1) is "(" or "~" or "∼" or "≈")) return null;
        var k = magnitude + 1;
        // "an efficient 3.7M-parameter model": a count of parameters by its own word
        if (ctx.TokenSpan(k) is "-" && !ctx.Tokens[k].SpaceBefore && k + 1 < s.EndToken && ctx.IsLower(k + 1, "parameter") && !ctx.Tokens[k + 1].SpaceBefore)
        {
            return (ParameterCount(ctx), magnitude, k + 1);
        }
        if (k + 1 < s.EndToken && (ctx.IsLower(k, "trainable") || ctx.IsLower(k, "learnable") || ctx.IsLower(k, "total"))) k++;
        if (metricAt.TryGetValue(k, out var metric)) return (metric.Canonical, magnitude, metric.Last);
        if (!ParameterNouns.Contains(ctx.TokenText(k))) return null;
        var before = i - 1;
        if (before < s.FirstToken || !CostWords.Contains(ctx.TokenText(before))) return null;
        return (ParameterCount(ctx), magnitude, k);
    }

    public static string ParameterCount(LinkingContext ctx) => ctx.Vocabulary.Resolve("Parameter Count", NodeLabel.Metric)?.Canonical ?? "Parameter Count";

    /// <summary>"37-fold" before a change word: the number, a glued dash and "fold" are one value.</summary>
    public static bool IsFold(LinkingContext ctx, int i) =>
        i + 3 < ctx.Tokens.Length && ctx.TokenSpan(i + 1) is "-" && !ctx.Tokens[i + 1].SpaceBefore && ctx.IsLower(i + 2, "fold")
        && !ctx.Tokens[i + 2].SpaceBefore && ChangeFollowers.Contains(ctx.TokenText(i + 3));

    /// <summary>A factor or a percentage right before "smaller" or "lighter": how much smaller the model is.</summary>
    public static bool IsSizeFigure(LinkingContext ctx, string value, int unitEnd, Sentence s) =>
        (value.EndsWith('%') || value.EndsWith('×') || value.EndsWith('x') || value.EndsWith("times", StringComparison.OrdinalIgnoreCase))
        && unitEnd + 1 < s.EndToken && (ctx.IsLower(unitEnd + 1, "smaller") || ctx.IsLower(unitEnd + 1, "lighter"));

    /// <summary>
    /// A figure that measures speed though no metric names it: a factor near a word of speed ("60 times faster", "2.45x
    /// speedup", "speeds up training by 3x", "speeds up the mel-spectrogram generation by 270x", "7 times as fast", "a 37-fold speed increase") or a percentage right before
    /// "faster" ("60% faster").
    /// </summary>
    public static bool IsSpeedFigure(LinkingContext ctx, string value, int number, int unitEnd, Sentence s)
    {
        if (value.EndsWith('%')) return unitEnd + 1 < s.EndToken && ctx.IsLower(unitEnd + 1, "faster");
        return (value.EndsWith('×') || value.EndsWith('x') || value.EndsWith("times", StringComparison.OrdinalIgnoreCase) || value.EndsWith("fold", StringComparison.OrdinalIgnoreCase))
               && SpeedNear(ctx, number, unitEnd, s);
    }

    private static bool SpeedNear(LinkingContext ctx, int number, int unitEnd, Sentence s)
    {
        for (var k = Math.Max(s.FirstToken, number - 10); k < Math.Min(s.EndToken, unitEnd + 3); k++)
        {
            if (k >= number && k <= unitEnd) continue;
            if (ctx.LowerStartsWith(k, "speed") || ctx.LowerStartsWith(k, "faster") || ctx.LowerStartsWith(k, "accelerat")) return true;
            if (ctx.IsLower(k, "fast") && ctx.IsLower(k - 1, "as")) return true;
        }
        return false;
    }
}

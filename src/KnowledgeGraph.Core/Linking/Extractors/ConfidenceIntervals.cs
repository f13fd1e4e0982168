using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// "an AUC of 0.91 (95% CI: 0.88–0.94)", "sensitivity was 85% (95% confidence interval 80%-90%)": the confidence
/// level and the interval's bounds qualify the result before them; none of them is a result of its own.
/// </summary>
internal static class ConfidenceIntervals
{
    /// <summary>
    /// When the number at <paramref name="number"/> (its unit ending at <paramref name="unitEnd"/>) is a confidence level,
    /// the last token of the interval it opens — the closing parenthesis when the interval is bracketed, else its upper
    /// bound; otherwise -1.
    /// </summary>
    public static int EndOf(LinkingContext ctx, int number, int unitEnd, Sentence s)
    {
        var k = unitEnd + 1;
        if (k >= s.EndToken) return -1;
        if (ctx.TokenSpan(k) is "CI" or "CIs" or "CrI") k++;
        else if (k + 1 < s.EndToken && (ctx.IsLower(k, "confidence") || ctx.IsLower(k, "credible")) && ctx.LowerStartsWith(k + 1, "interval")) k += 2;
        else return -1;
        var bracketed = number > s.FirstToken && ctx.TokenSpan(number - 1) is "(" or "[";
        if (bracketed)
        {
            // the closing bracket, a few tokens on: "(95% CI: 45.7%–57.5%)"
            for (var j = k; j < Math.Min(s.EndToken, k + 12); j++)
            {
                if (ctx.TokenSpan(j) is ")" or "]") return j;
            }
        }
        // "95% CI 0.88-0.94", "95% CI, 80% to 90%": the bounds that follow
        while (k < s.EndToken && ctx.TokenSpan(k) is ":" or "," or "=") k++;
        if (k >= s.EndToken || ctx.Tokens[k].Kind != TokenKind.Number) return k - 1;
        var (_, end) = ResultValues.Value(ctx, k, s);
        if (end + 2 < s.EndToken && (ctx.TokenSpan(end + 1) is "-" or "–" or "—" || ctx.IsLower(end + 1, "to")) && ctx.Tokens[end + 2].Kind == TokenKind.Number)
        {
            end = ResultValues.Value(ctx, end + 2, s).UnitEnd;
        }
        return end;
    }
}

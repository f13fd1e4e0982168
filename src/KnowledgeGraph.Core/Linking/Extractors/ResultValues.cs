using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A reported number as written: whether it measures something (not "ResNet-50", not a year), and its value with the
/// sign, bound, range, spread, scale and unit that belong to it ("+10.9", "&lt;1%", "10.1-36.6%", "3.9 ± 0.8", "4.2/5",
/// "450 ms", "37-fold").
/// </summary>
internal static class ResultValues
{
    /// <summary>True for a number that measures something: not part of a name (ResNet-50, GPT-4) and not a year.</summary>
    internal static bool IsMeasurement(LinkingContext ctx, int i)
    {
        var t = ctx.Tokens[i];
        if (!t.SpaceBefore && i > 0)
        {
            var prev = ctx.Tokens[i - 1];
            if (prev.Kind == TokenKind.Word) return false;
            // "ResNet-50", "MobileNetV2×1.4": a number glued on by a symbol is part of a name; "10-100 times" is the upper end
            // of a range
            if (prev.Kind == TokenKind.Symbol && ctx.Text[prev.Start] is '-' or '_' or '/' or '@' or '.' or '×' && i > 1 && !prev.SpaceBefore && ctx.Tokens[i - 2].Kind != TokenKind.Symbol
                && !(ctx.Text[prev.Start] == '-' && ctx.Tokens[i - 2].Kind == TokenKind.Number && HasUnit(ctx, i))) return false;
        }
        if (i + 1 < ctx.Tokens.Length && !ctx.Tokens[i + 1].SpaceBefore && ctx.Tokens[i + 1].Kind == TokenKind.Word)
        {
            var next = ctx.TokenText(i + 1);
            if (next is not ("x" or "X" or "pp" or "dB" or "ms" or "k" or "K" or "M" or "B" or "times" or "fps" or "FPS" or "GB" or "MB" or "TB" or "GiB" or "MiB")) return false;
        }
        var text = ctx.Text.AsSpan(t.Start, t.Length);
        if (text.Length == 4 && text[0] is '1' or '2' && !text.Contains('.') && !HasUnit(ctx, i)) return false; // a year
        return HasUnit(ctx, i) || text.Contains('.');
    }

    internal static bool HasUnit(LinkingContext ctx, int i)
    {
        if (i + 1 >= ctx.Tokens.Length) return false;
        var next = ctx.TokenText(i + 1);
        if (next == "\\" && i + 2 < ctx.Tokens.Length && ctx.TokenText(i + 2) is "%" or "times") return true; // LaTeX 60\%, $2\times$
        // "91.07fps" glued is a value with its unit; "102 FPS" apart is a number and the metric that names it
        if (next is "fps" or "FPS") return !ctx.Tokens[i + 1].SpaceBefore;
        // "from 65GB to 2GB": a memory size glued to its unit
        if (next is "GB" or "MB" or "TB" or "GiB" or "MiB") return !ctx.Tokens[i + 1].SpaceBefore;
        return next is "%" or "×" or "x" or "X" or "pp" or "dB" || next.Equals("times", StringComparison.OrdinalIgnoreCase) || EfficiencyFigures.IsFold(ctx, i)
               || next.Equals("points", StringComparison.OrdinalIgnoreCase) || IsPercentagePoints(ctx, i);
    }

    // "1.5 percentage points": a two-word unit
    private static bool IsPercentagePoints(LinkingContext ctx, int i) =>
        i + 2 < ctx.Tokens.Length && ctx.IsLower(i + 1, "percentage") && (ctx.IsLower(i + 2, "points") || ctx.IsLower(i + 2, "point"));

    internal static (string Value, int UnitEnd) Value(LinkingContext ctx, int i, Sentence s)
    {
        var start = i;
        // "+10.9", "−0.4": a signed difference keeps its sign
        if (i > s.FirstToken && !ctx.Tokens[i].SpaceBefore && ctx.TokenText(i - 1) is "+" or "−" or "-" or "±"
            && (ctx.Tokens[i - 1].SpaceBefore || (i - 2 >= s.FirstToken && ctx.TokenSpan(i - 2) is "("))) start = i - 1; // "(-0.2%)" too
        // "<1%", "∼87%", "≥0.9": a bound or an approximation is part of the value ("<1%" is not "1%")
        else if (i > s.FirstToken && !ctx.Tokens[i].SpaceBefore && ctx.TokenText(i - 1) is "<" or ">" or "≤" or "≥" or "~" or "∼" or "≈") start = i - 1;
        // a range, "0.11~0.18dB", "10.1-36.6%", "0.041 - 0.113", "+3 ~ 7": the value is the whole range
        i = RangeUpper(ctx, i, s) is var upper and > 0 ? upper : i;
        var end = WithUnit(ctx, i, s);
        // "5%–15%": a range whose ends both carry the unit
        if (end > i && Glued(ctx, end + 1, s) && ctx.TokenText(end + 1) is "–" or "-" or "~" && IsNumberAt(ctx, end + 2, s) && Glued(ctx, end + 2, s)
            && HasUnit(ctx, end + 2))
        {
            end = WithUnit(ctx, end + 2, s);
        }
        // "4.0/5" (a rating out of 5), "121/123": the scale is part of the value
        if (end == i && Glued(ctx, end + 1, s) && ctx.TokenText(end + 1) == "/" && IsNumberAt(ctx, end + 2, s) && Glued(ctx, end + 2, s)) end += 2;
        // "3.9 ± 0.8": a mean keeps its spread
        if (end + 2 < s.EndToken && ctx.TokenText(end + 1) == "±" && ctx.Tokens[end + 2].Kind == TokenKind.Number) end = WithUnit(ctx, end + 2, s);
        // "3.2 mm", "2.3 years", "450 ms": a physical unit is part of what was measured
        if (end == i && end + 1 < s.EndToken && ctx.Tokens[end + 1].Kind == TokenKind.Word && PhysicalUnitLookup.Contains(ctx.TokenSpan(end + 1))) end++;
        return (ctx.Text[ctx.Tokens[start].Start..ctx.Tokens[end].End], end);
    }

    // the upper number of a range that starts at i ("10.1-36.6%", spaced evenly on both sides of the dash: "0.041 - 0.113"),
    // or -1 when no range starts there
    internal static int RangeUpper(LinkingContext ctx, int i, Sentence s) =>
        i + 2 < s.EndToken && ctx.Tokens[i + 2].Kind == TokenKind.Number && !HasUnit(ctx, i)
        && (ctx.TokenText(i + 1) is "~" or "-" or "–" && ctx.Tokens[i + 1].SpaceBefore == ctx.Tokens[i + 2].SpaceBefore || IsWordRange(ctx, i, s)) ? i + 2 : -1;

    // "3 to 10 times", "1 to 10 points": a range in words, when only its upper end carries a factor or points
    // ("from 64.8 to 70.1" is a change, not a range)
    private static bool IsWordRange(LinkingContext ctx, int i, Sentence s) =>
        ctx.IsLower(i + 1, "to") && ctx.Tokens[i].SpaceBefore && i + 3 < s.EndToken
        && ctx.TokenText(i + 3) is "×" or "x" or "X" or "times" or "points" or "%" && HasUnit(ctx, i + 2)
        && !(i + 1 < ctx.Tokens.Length && !ctx.Tokens[i + 1].SpaceBefore);

    private static readonly HashSet<string> PhysicalUnits = new(StringComparer.Ordinal)
    {
        "mm", "cm", "km", "nm", "μm", "ms", "sec", "seconds", "minutes", "min", "hours", "hrs", "days", "weeks", "months", "years",
        "GB", "MB", "KB", "TB", "GiB", "MiB", "W", "kW", "kWh", "mW", "J", "mJ", "Hz", "kHz", "MHz", "GHz", "°C",
    };

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhysicalUnitLookup = PhysicalUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int WithUnit(LinkingContext ctx, int i, Sentence s) =>
        i + 1 < s.EndToken && HasUnit(ctx, i)
            ? ctx.TokenText(i + 1) == "\\" || IsPercentagePoints(ctx, i) || EfficiencyFigures.IsFold(ctx, i) ? Math.Min(i + 2, s.EndToken - 1) : i + 1
            : i;

    private static bool Glued(LinkingContext ctx, int i, Sentence s) => i < s.EndToken && !ctx.Tokens[i].SpaceBefore;

    private static bool IsNumberAt(LinkingContext ctx, int i, Sentence s) => i < s.EndToken && ctx.Tokens[i].Kind == TokenKind.Number;
}

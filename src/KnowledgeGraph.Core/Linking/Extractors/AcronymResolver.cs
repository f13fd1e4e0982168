using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Finds acronym definitions, <c>long form (ACRONYM)</c>, with the Schwartz–Hearst rule: every letter of the acronym
/// appears in order in the long form and the first one starts a word. "flexible parallel neural network (FPNN)",
/// "Multi-scale Attention Fusion into transformer (MAFormer)"; and the reverse order, <c>ACRONYM (long form)</c>, by
/// <see cref="LongFormSecond"/>.
/// </summary>
internal static class AcronymResolver
{
    public static void Run(LinkingContext ctx)
    {
        var tokens = ctx.Tokens;
        foreach (var s in ctx.Sentences)
        {
            for (var i = s.FirstToken + 1; i < s.EndToken - 2; i++)
            {
                if (ctx.Text[tokens[i].Start] != '(' || tokens[i].Kind != TokenKind.Symbol) continue;
                // "GNN (graph neural network)": the acronym comes first, its long form in the brackets
                if (LongFormSecond.TryAdd(ctx, s, i)) continue;
                var first = i + 1;
                var last = NameSpans.GluedEnd(ctx, first, s.EndToken);
                var close = last + 1;
                // "(DALC v1.0)": a version after the acronym
                if (close + 1 < s.EndToken && ctx.Tokens[close].Kind == TokenKind.Word && ctx.TokenText(close) is "v" or "V" && ctx.Tokens[close + 1].Kind == TokenKind.Number)
                {
                    close += 2;
                }
                if (close >= s.EndToken || !(ctx.Text[tokens[close].Start] is ')' or ';' or ',')) continue;
                var shortForm = ctx.Span(first, last);
                if (!LooksLikeAcronym(shortForm)) continue;
                var singular = Singular(shortForm);
                var longStartToken = FindLongForm(ctx, s, i, singular);
                // "Time Series MambaMixer (TSM2)": a version number the long form does not spell
                if (longStartToken < 0 && singular.TrimEnd("0123456789".ToCharArray()) is var unversioned && unversioned.Length < singular.Length
                    && unversioned.Count(char.IsLetter) >= 2)
                {
                    longStartToken = FindLongForm(ctx, s, i, unversioned);
                }
                // "Cross-lingual Speech Chain-of-Thought (XS-CoT)": an X that opens the acronym stands for "cross"
                if (longStartToken < 0 && singular[0] == 'X' && FindLongForm(ctx, s, i, "C" + singular[1..]) is var crossed and >= 0
                    && ctx.LowerSpan(crossed).StartsWith("cross"))
                {
                    longStartToken = crossed;
                }
                // "a transformer-based TPV encoder (TPVFormer)": a -Former name is a transformer the long form need not spell
                if (longStartToken < 0 && singular.EndsWith("Former", StringComparison.Ordinal) && singular.Length > 7 && FormerIn(ctx, s, i))
                {
                    longStartToken = FindLongForm(ctx, s, i, singular[..^6]);
                }
                if (longStartToken < 0) continue;
                var longForm = ctx.Text[tokens[longStartToken].Start..tokens[i - 1].End];
                ctx.Acronyms.Add(new AcronymDefinition(singular, longForm, s.Index, first, longStartToken, tokens[longStartToken].Start));
            }
        }
    }

    // a word of "transformer" in the words before the bracket
    private static bool FormerIn(LinkingContext ctx, Sentence s, int open)
    {
        for (var j = open - 1; j >= Math.Max(s.FirstToken, open - 6); j--)
        {
            if (ctx.LowerSpan(j).EndsWith("former")) return true;
        }
        return false;
    }

    private static readonly WordSet LeadingFunctionWords = new(
    [
        "the", "an", "of", "in", "on", "for", "to", "and", "or", "with", "by", "from", "as", "at", "this", "that", "these",
        "those", "our", "their", "its", "we", "is", "are", "via", "using", "into", "such",
    ]);

    public static bool LooksLikeAcronym(string s)
    {
        if (s.Length < 2 || s.Length > 16 || !char.IsLetter(s[0]) && !char.IsDigit(s[0])) return false;
        var upper = s.Count(char.IsUpper);
        return upper >= 2 || (upper == 1 && s.Length <= 4 && char.IsUpper(s[0]));
    }

    public static string Singular(string s) =>
        s.Length > 2 && s[^1] == 's' && char.IsUpper(s[^2]) ? s[..^1] : s;

    /// <summary>First token of the long form before the bracket at <paramref name="open"/>, or -1.</summary>
    private static int FindLongForm(LinkingContext ctx, Sentence s, int open, string shortForm)
    {
        var letters = shortForm.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length == 0) return -1;
        var maxWords = Math.Min(letters.Length + 5, letters.Length * 2 + 1);
        // the candidate: up to maxWords words before the bracket, not crossing another bracket, colon or semicolon
        var startToken = open;
        var words = 0;
        for (var j = open - 1; j >= s.FirstToken; j--)
        {
            var ch = ctx.Text[ctx.Tokens[j].Start];
            if (ctx.Tokens[j].Kind == TokenKind.Symbol && ch is '(' or ')' or ':' or ';' or ',' or '[' or ']' or '"') break;
            if (ctx.Tokens[j].SpaceBefore || j == s.FirstToken)
            {
                words++;
            }
            startToken = j;
            if (words >= maxWords) break;
        }
        if (startToken >= open) return -1;
        var candidateStart = ctx.Tokens[startToken].Start;
        var candidate = ctx.Lowered.AsSpan(candidateStart, ctx.Tokens[open - 1].End - candidateStart);

        var li = candidate.Length - 1;
        for (var si = letters.Length - 1; si >= 0; si--)
        {
            var c = letters[si];
            while (li >= 0 && (candidate[li] != c || (si == 0 && li > 0 && char.IsLetterOrDigit(candidate[li - 1]))))
            {
                li--;
            }
            if (li < 0) return -1;
            li--;
        }
        var begin = candidateStart + li + 1;
        // move to the token that starts at (or contains) begin
        for (var j = startToken; j < open; j++)
        {
            if (ctx.Tokens[j].End > begin)
            {
                // skip a leading article or preposition the letters happened to land in; not an adjective of the name
                // ("deep dual-resolution networks (DDRNets)")
                while (j < open - 1 && (ctx.TokenSpan(j) is "a" || LeadingFunctionWords.Contains(ctx.TokenSpan(j)))) j++;
                return j;
            }
        }
        return -1;
    }
}

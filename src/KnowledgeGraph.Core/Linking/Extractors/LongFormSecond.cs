using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Acronym definitions written the other way round: <c>GNN (graph neural network)</c>, <c>ZBNs (zorblat belief
/// networks)</c>. The bracket must hold only the long form (2–8 words, closed by ")"), and the initials of its words
/// (or of their hyphen parts: "SSL (self-supervised learning)"), function words skipped, must spell the acronym.
/// Strict on purpose: any bracketed gloss after an acronym would otherwise become a definition.
/// </summary>
internal static class LongFormSecond
{
    private const int MaxWords = 8;

    // words an acronym skips ("RUL (remaining useful life of batteries)" is no definition, but "QA (question and answer)" is)
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "a", "an", "in", "on", "with", "to", "by", "via" };

    /// <summary>Adds the definition whose long form opens at the bracket <paramref name="open"/>; false when there is none.</summary>
    public static bool TryAdd(LinkingContext ctx, Sentence s, int open)
    {
        var shortToken = open - 1;
        if (shortToken < s.FirstToken || ctx.Tokens[shortToken].Kind != TokenKind.Word || !ctx.Tokens[open].SpaceBefore) return false;
        // most brackets follow a lower-case word: rejected before anything is allocated
        if (!ctx.Text.AsSpan(ctx.Tokens[shortToken].Start, ctx.Tokens[shortToken].Length).ContainsAnyInRange('A', 'Z')) return false;
        var shortFirst = NameSpans.GluedStart(ctx, shortToken, s.FirstToken);
        var shortForm = AcronymResolver.Singular(ctx.Span(shortFirst, shortToken));
        if (!AcronymResolver.LooksLikeAcronym(shortForm) || shortForm.Any(char.IsLower) && shortForm.Count(char.IsUpper) < 3) return false;
        var close = open + 1;
        while (close < s.EndToken && close - open <= MaxWords * 2 && !(ctx.Tokens[close].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[close].Start] is ')' or '(' or ';' or ',' or ':'))
        {
            close++;
        }
        if (close >= s.EndToken || ctx.Text[ctx.Tokens[close].Start] != ')' || close - open < 3) return false;
        var words = new List<string>();
        for (var k = open + 1; k < close; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Word) words.Add(ctx.TokenText(k));
            else if (ctx.Tokens[k].Kind == TokenKind.Number || ctx.Text[ctx.Tokens[k].Start] is not ('-' or '‐' or '/')) return false;
        }
        if (words.Count < 2 || words.Count > MaxWords) return false;
        var letters = new string([.. shortForm.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (!Spells(ctx, open + 1, close, letters)) return false;
        var longForm = ctx.Text[ctx.Tokens[open + 1].Start..ctx.Tokens[close - 1].End];
        ctx.Acronyms.Add(new AcronymDefinition(shortForm, longForm, s.Index, shortFirst, open + 1, ctx.Tokens[open + 1].Start));
        return true;
    }

    // initials of the content words, counting the parts of a hyphenated word ("self-supervised") as words too, or not
    private static bool Spells(LinkingContext ctx, int first, int end, string letters)
    {
        var byWord = new List<char>();
        var byPart = new List<char>();
        for (var k = first; k < end; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            var w = ctx.TokenText(k);
            var glued = k > first && !ctx.Tokens[k].SpaceBefore;
            if (Skipped.Contains(w) && !glued) continue;
            var initial = char.ToLowerInvariant(w[0]);
            byPart.Add(initial);
            if (!glued) byWord.Add(initial);
        }
        return new string([.. byWord]) == letters || new string([.. byPart]) == letters;
    }
}

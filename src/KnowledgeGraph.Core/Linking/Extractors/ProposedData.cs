using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// When the paper's own name is data it releases: set off as a dataset or benchmark ("X, a balanced corpus of …"),
/// introduced after a dataset head noun ("a large-scale benchmark dataset, termed HARDVS") or written before one ("the
/// BABILong benchmark").
/// </summary>
internal static class ProposedData
{
    /// <summary>
    /// "we present ArguGPT, a balanced corpus of essays", "ICPC-Eval, a top-level competitive coding benchmark": the
    /// apposition after the name says it is data (a released benchmark is data the paper evaluates on: 8 of 9 dev labels).
    /// </summary>
    internal static bool AppositiveNamesData(LinkingContext ctx, Sentence s, int nameToken)
    {
        var k = NameSpans.GluedEnd(ctx, nameToken, s.EndToken) + 1;
        if (k + 1 >= s.EndToken || ctx.TokenText(k) != "," || !(ctx.IsLower(k + 1, "a") || ctx.IsLower(k + 1, "an") || ctx.IsLower(k + 1, "the"))) return false;
        for (var j = k + 2; j < Math.Min(s.EndToken, k + 12); j++)
        {
            // "a first-of-its-kind benchmark": the hyphens of a compound modifier
            if (ctx.Tokens[j].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[j].Start] is '-' or '‐' && !ctx.Tokens[j].SpaceBefore) continue;
            if (ctx.Tokens[j].Kind != TokenKind.Word) return false;
            if (HeadWords.Method.Contains(ctx.LowerSpan(j))) return false;
            // "ICPC-Eval, a top-level competitive coding benchmark": a released benchmark is data the paper evaluates on
            if (HeadWords.Dataset.Contains(ctx.LowerSpan(j))) return true;
        }
        return false;
    }

    /// <summary>
    /// "we introduce the BABILong benchmark", "the ZorbQA dataset is released": the paper's own name written right before a
    /// dataset head noun is data it releases, unless a rule already said so.
    /// </summary>
    internal static bool NamedAsData(LinkingContext ctx, ProposedCandidate c)
    {
        foreach (var (data, _, _) in ctx.ProposedDatasets)
        {
            if (data == c.Name) return false;
        }
        // one scan of the text for the name, not of every token
        var text = ctx.Text;
        for (var at = text.IndexOf(c.Name, ctx.TitleEnd, StringComparison.Ordinal); at >= 0; at = text.IndexOf(c.Name, at + c.Name.Length, StringComparison.Ordinal))
        {
            var end = at + c.Name.Length;
            if (end >= text.Length || text[end] != ' ' || (at > 0 && char.IsLetterOrDigit(text[at - 1]))) continue;
            var next = end + 1;
            var word = next;
            while (word < text.Length && char.IsLetter(text[word])) word++;
            if (word > next && HeadWords.Dataset.Contains(text.AsSpan(next, word - next))) return true;
        }
        return false;
    }

    /// <summary>"a large-scale benchmark dataset ..., termed HARDVS": a dataset head noun before the name and no method head noun.</summary>
    internal static bool NamesData(LinkingContext ctx, int from, int to)
    {
        var data = false;
        for (var k = from; k < to; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            if (HeadWords.Method.Contains(ctx.LowerSpan(k))) return false;
            data |= HeadWords.Dataset.Contains(ctx.LowerSpan(k));
        }
        return data;
    }
}

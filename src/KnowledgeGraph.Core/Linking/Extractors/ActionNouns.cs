using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Nouns that name an action and so can end a task phrase though no task head word: "language model evaluation",
/// "instruction tuning", "adversarial purification", "structural health monitoring". Read from the suffix (-tion,
/// -sion, -ment, -ing, -sis, -ery), less the nouns with those endings that name no action ("competition",
/// "foundation", "string"); "machine learning" names the field, not a task.
/// </summary>
internal static class ActionNouns
{
    private static readonly WordSet NoAction = new(
    [
        "competition", "foundation", "solution", "question", "collection", "information", "position", "function", "condition",
        "relation", "environment", "experiment", "string", "thing", "query", "battery", "nothing", "something", "everything",
    ]);

    // words after which a purpose phrase has ended: "… for report writing in radiology"
    private static readonly WordSet PhraseEnds = new(["in", "with", "via", "using", "through", "by", "from", "on"]);

    public static bool Is(LinkingContext ctx, int token)
    {
        if (ctx.Tokens[token].Kind != TokenKind.Word) return false;
        var w = ctx.LowerSpan(token);
        if (!(w.EndsWith("tion") || w.EndsWith("sion") || w.EndsWith("ment") || w.EndsWith("ing") || w.EndsWith("sis") || w.EndsWith("ery"))) return false;
        return !NoAction.Contains(w) && !(w.SequenceEqual("learning") && ctx.IsLower(token - 1, "machine"));
    }

    /// <summary>The phrase ends at <paramref name="token"/>: the sentence ends, a colon or stop follows, or a preposition.</summary>
    public static bool EndsPhrase(LinkingContext ctx, Sentence s, int token)
    {
        var next = token + 1;
        if (next >= s.EndToken) return true;
        var t = ctx.Tokens[next];
        if (t.Kind == TokenKind.Symbol) return ctx.Text[t.Start] is ':' or '.' or ',' or '?' or '(' or ';';
        return t.Kind == TokenKind.Word && PhraseEnds.Contains(ctx.LowerSpan(next));
    }
}

using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Names after a proposing verb that are not right after it: after a head noun ("a generic framework W2PGNN"), set off
/// in title case ("we present the Wake-Sleep Recurrent Attention Model, a method for …") or listed after a colon ("we
/// propose two mechanisms: Clip parallelism and Dual-scope attention").
/// </summary>
internal static class ProposedNamePhrases
{
    /// <summary>
    /// "we propose two coherent mechanisms: Clip parallelism and Dual-scope attention": a colon a few words after the
    /// verb opens a list of capitalized names, each ended by ',', 'and' or the sentence end.
    /// </summary>
    internal static void ColonList(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
    {
        var colon = -1;
        for (var k = verb + 1; k < Math.Min(s.EndToken, verb + 8); k++)
        {
            if (ctx.TokenText(k) == ":")
            {
                colon = k;
                break;
            }
            if (ctx.Tokens[k].Kind != TokenKind.Word && ctx.Tokens[k].Kind != TokenKind.Number) return;
        }
        if (colon < 0) return;
        var items = new List<(int First, int Last)>();
        var start = colon + 1;
        for (var k = start; k <= s.EndToken; k++)
        {
            var boundary = k == s.EndToken || ctx.TokenText(k) is "," or ";" or "." || ctx.IsLower(k, "and");
            if (!boundary) continue;
            if (k > start) items.Add((start, k - 1));
            if (k == s.EndToken || ctx.TokenText(k) is ";" or ".") break;
            start = k + 1;
        }
        if (items.Count < 2 || items.Count > 5) return;
        foreach (var (first, last) in items)
        {
            if (last - first > 5 || !char.IsUpper(ctx.Text[ctx.Tokens[first].Start]) || ProposedMethodExtractor.IsVocabularyMethod(ctx, first, last)) return;
        }
        foreach (var (first, last) in items)
        {
            var name = ctx.Span(first, last);
            candidates.Add(name, ProposedMethodExtractor.FullNameFor(ctx, name), 0.75, name, s);
        }
    }

    internal static void AfterHeadNoun(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
    {
        var start = verb + 2;
        // "developed our own application, AIDoctor,"
        if (ctx.IsLower(verb + 1, "our")) start = ctx.IsLower(verb + 2, "own") ? verb + 3 : verb + 2;
        else if (!(ctx.IsLower(verb + 1, "a") || ctx.IsLower(verb + 1, "an") || ctx.IsLower(verb + 1, "the"))) return;
        for (var k = start; k < Math.Min(s.EndToken - 1, verb + 9); k++)
        {
            // "a novel pre-training objective": a hyphen inside a compound modifier does not end the noun phrase
            if (ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] is '-' or '‐' && !ctx.Tokens[k].SpaceBefore
                && k + 1 < s.EndToken && !ctx.Tokens[k + 1].SpaceBefore) continue;
            if (ctx.Tokens[k].Kind != TokenKind.Word) return;
            var methodOrData = HeadWords.Method.Contains(ctx.LowerSpan(k)) || HeadWords.Dataset.Contains(ctx.LowerSpan(k))
                               || Artifacts.Contains(ctx.LowerSpan(k));
            var contribution = ContributionNouns.Contains(ctx.LowerSpan(k));
            if (!methodOrData && !contribution) continue;
            // "a neural network structure, ControlNet,": the compound's last noun is its head
            if (k + 1 < s.EndToken && ctx.Tokens[k + 1].Kind == TokenKind.Word && (HeadWords.Method.Contains(ctx.LowerSpan(k + 1)) || Artifacts.Contains(ctx.LowerSpan(k + 1)))) continue;
            var j = k + 1;
            var comma = j < s.EndToken && ctx.Text[ctx.Tokens[j].Start] == ',';
            if (comma) j++;
            if (j >= s.EndToken || ctx.Tokens[j].Kind == TokenKind.Symbol) return;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            var name = ctx.Span(j, last);
            // a name set off by commas on both sides is the phrase's own even when the vocabulary knows it ("a neural network
            // structure, ControlNet, to control …": the paper that introduced it)
            // "a novel knowledge distillation objective PTLoss": a contribution noun names its own too
            if ((methodOrData || contribution) && NameSpans.IsNameLike(name) && (!ProposedMethodExtractor.IsVocabularyMethod(ctx, j, last) || comma && ctx.TokenSpan(last + 1) is ","))
            {
                candidates.Add(name, ProposedMethodExtractor.FullNameFor(ctx, name), 0.85, name, s);
                if (HeadWords.Dataset.Contains(ctx.LowerSpan(k))) ctx.ProposedDatasets.Add((name, s, ctx.Tokens[j].Start));
            }
            else if (comma && SetOffTitleCaseName(ctx, s, j) is var end and >= 0)
            {
                // "a novel pre-training objective, Layer Permutation Language Modeling, to pre-train ELMER"
                var titleCase = ctx.Span(j, end);
                if (ctx.Vocabulary.Resolve(titleCase) is null) candidates.Add(titleCase, null, 0.8, titleCase, s);
            }
            return;
        }
    }

    /// <summary>
    /// "we present the Wake-Sleep Recurrent Attention Model, a method …", "we introduce the Frobnic Violation Criterion to
    /// assess …", "we propose a Coupled Frobnic Auto-encoders framework": two to five capitalized words after the verb's
    /// article, set off by a comma, "to", "that", "which" or a head noun, name the contribution unless the vocabulary
    /// knows the whole run ("we propose a Graph Neural Network that …" builds on one).
    /// </summary>
    internal static void DeterminedTitleCaseName(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
    {
        if (!(ctx.IsLower(verb + 1, "a") || ctx.IsLower(verb + 1, "an") || ctx.IsLower(verb + 1, "the"))) return;
        var first = verb + 2;
        if (ctx.IsLower(first, "novel") || ctx.IsLower(first, "new")) first++;
        var (words, last) = CapitalizedWords(ctx, s, first);
        var k = last + 1;
        if (words < 2 || k >= s.EndToken) return;
        var head = ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[k].Start])
                   && (HeadWords.Method.Contains(ctx.LowerSpan(k)) || ContributionNouns.Contains(ctx.LowerSpan(k)));
        var setOff = head || ctx.TokenText(k) == "," || ctx.IsLower(k, "to") || ctx.IsLower(k, "that") || ctx.IsLower(k, "which");
        if (!setOff) return;
        var name = ctx.Span(first, last);
        if (ctx.Vocabulary.Resolve(name) is not null || ProposedMethodExtractor.IsVocabularyMethod(ctx, first, last)) return;
        candidates.Add(name, ProposedMethodExtractor.FullNameFor(ctx, name), 0.8, name, s);
    }

    // what applied papers build and name: "a tool, X", "our own application, X"
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Artifacts =
        new HashSet<string>(StringComparer.Ordinal) { "tool", "toolkit", "application", "app", "platform", "chatbot", "assistant", "prototype", "software", "library", "structure" }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // what a paper may name besides a method or data: "a new training objective, X,"
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContributionNouns =
        new HashSet<string>(StringComparer.Ordinal) { "objective", "loss", "strategy", "paradigm", "criterion", "regularizer" }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The last token of a name of two to five capitalized words at <paramref name="first"/> (or one hyphenated word of
    /// capitalized parts, "Unigram-Watermark"), set off by a comma, "to", "that" or "which" after it; -1 otherwise. Any
    /// word may be known to the vocabulary ("Language Modeling"): the name is the whole run.
    /// </summary>
    private static int SetOffTitleCaseName(LinkingContext ctx, Sentence s, int first)
    {
        var (words, last) = CapitalizedWords(ctx, s, first);
        if (words == 0 || last + 1 >= s.EndToken) return -1;
        if (words == 1 && !CapitalizedCompound(ctx, first, last)) return -1;
        var k = last + 1;
        var setOff = ctx.TokenText(k) == "," || ctx.IsLower(k, "to") || ctx.IsLower(k, "that") || ctx.IsLower(k, "which");
        return setOff ? last : -1;
    }

    /// <summary>The number of space-separated capitalized words (at most five) from <paramref name="first"/>, and the last token of the run.</summary>
    internal static (int Words, int Last) CapitalizedWords(LinkingContext ctx, Sentence s, int first)
    {
        var k = first;
        var words = 0;
        var last = -1;
        while (k < s.EndToken && words < 5 && ctx.Tokens[k].Kind == TokenKind.Word && (k == first || ctx.Tokens[k].SpaceBefore))
        {
            var end = NameSpans.GluedEnd(ctx, k, s.EndToken);
            if (!NameSpans.IsCapitalizedName(ctx.Span(k, end))) break;
            words++;
            last = end;
            k = end + 1;
        }
        return (words, last);
    }

    // "Unigram-Watermark": parts joined by hyphens, each capitalized
    private static bool CapitalizedCompound(LinkingContext ctx, int first, int last)
    {
        if (last == first) return false;
        for (var k = first; k <= last; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind == TokenKind.Word ? !char.IsUpper(ctx.Text[t.Start]) : ctx.Text[t.Start] is not ('-' or '‐')) return false;
        }
        return true;
    }
}

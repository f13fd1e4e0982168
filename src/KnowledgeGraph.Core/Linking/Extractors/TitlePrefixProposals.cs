using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The title's prefix as the paper's own name: "DiffDis: …", "TS-LSTM and Temporal-Inception: …", a multi-word prefix the
/// abstract restates ("Neural Sheaf Diffusion: …"); not a review's topic, a claim ("Mastering …: …") or a comparison
/// ("ChatGPT Versus Consultants: …").
/// </summary>
internal static class TitlePrefixProposals
{
    private static readonly HashSet<string> TitleOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "when", "towards", "toward", "how", "why", "what", "do", "does", "is", "are", "can", "on", "to",
        "beyond", "rethinking", "revisiting", "understanding", "training", "learning", "from", "into", "about", "should",
    };

    internal static void TitlePrefix(LinkingContext ctx, ProposedCandidates candidates)
    {
        var colon = ctx.Title.IndexOf(':');
        // "Decentralized Federated Learning: A Comprehensive Survey": a review's prefix is its topic
        if (colon <= 0 || colon > 60 || ctx.Sentences.Count == 0 || ctx.IsReview) return;
        var whole = ctx.Title[..colon].Trim();
        // "TS-LSTM and Temporal-Inception: …" names two methods
        var parts = whole.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts.All(p => !p.Contains(' ') && (NameSpans.IsNameLike(p) || NameSpans.IsCapitalizedName(p))))
        {
            foreach (var part in parts) TitleName(ctx, part, candidates);
            return;
        }
        TitleName(ctx, whole, candidates);
    }

    private static void TitleName(LinkingContext ctx, string prefix, ProposedCandidates candidates)
    {
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 4 || TitleOpeners.Contains(words[0])) return;
        // "Mastering Visual Continuous Control: …": a prefix that opens with a verb states a claim; "Grounding DINO" names
        // a model by its acronym
        if (words.Length > 1 && words[0].EndsWith("ing", StringComparison.Ordinal) && !words[0].All(c => !char.IsLetter(c) || char.IsUpper(c))
            && !words.Skip(1).Any(NameSpans.IsNameLike)) return;
        // "ChatGPT Versus Consultants: …" compares two things; it names neither
        if (words.Any(w => w.Equals("versus", StringComparison.OrdinalIgnoreCase) || w.Equals("vs", StringComparison.OrdinalIgnoreCase)
                           || w.Equals("vs.", StringComparison.OrdinalIgnoreCase))) return;
        var title = ctx.Sentences[0];
        double confidence;
        if (words.Length == 1)
        {
            if (NameSpans.IsNameLike(prefix)) confidence = 0.9;
            else if (NameSpans.IsCapitalizedName(prefix)) confidence = 0.75;
            else return;
        }
        else
        {
            // "AI in Software Engineering: …" places a field in another; "in" joins no name's words
            var allCapitalized = words.Select((w, i) => char.IsUpper(w[0]) || char.IsDigit(w[0]) || (i > 0 && w is "of" or "for" or "and" or "with")).All(x => x);
            if (!allCapitalized || WrittenInLowerCase(ctx, prefix, words)) return;
            var key = NameKey.Of(prefix);
            // the name comes back in the abstract, whole, as an acronym's long form, or by its last two words ("sheaf diffusion")
            var tail = string.Join(' ', words[^2..]).ToLowerInvariant();
            var reappears = ctx.Lowered.AsSpan(ctx.TitleEnd).Contains(prefix.ToLowerInvariant(), StringComparison.Ordinal)
                            || ctx.IsAcronymLongForm(prefix)
                            || (words.Length >= 3 && ctx.Lowered.AsSpan(ctx.TitleEnd).Contains(tail, StringComparison.Ordinal));
            if (!reappears && !words.Any(NameSpans.IsNameLike)) return;
            if (ctx.Vocabulary.Resolve(prefix, NodeLabel.Task) is not null || ctx.Vocabulary.Resolve(prefix, NodeLabel.Concept) is not null) return;
            confidence = 0.8;
        }
        if (ctx.Lowered.AsSpan(ctx.TitleEnd).Contains(prefix.ToLowerInvariant(), StringComparison.Ordinal)) confidence += 0.08;
        candidates.Add(prefix, null, confidence, prefix, title);
    }

    /// <summary>
    /// The abstract writes the title's prefix as a common noun phrase, twice or more ("Materials informatics,
    /// data-enabled investigation, is …", "the landscape of AI advancements"): a topic, not a name. A name keeps its
    /// capitals; a name written once in lower case is a slip.
    /// </summary>
    private static bool WrittenInLowerCase(LinkingContext ctx, string prefix, string[] words)
    {
        var lowered = prefix.ToLowerInvariant();
        var lower = 0;
        for (var at = ctx.Lowered.IndexOf(lowered, ctx.TitleEnd, StringComparison.Ordinal); at >= 0;
             at = ctx.Lowered.IndexOf(lowered, at + lowered.Length, StringComparison.Ordinal))
        {
            var written = ctx.Text.AsSpan(at, prefix.Length);
            if (written.SequenceEqual(prefix)) return false;
            if (LosesCapitals(written, words)) lower++;
        }
        return lower >= 2;
    }

    /// <summary>A word after the first that the prefix capitalizes (and does not write in capitals) starts lower-case here.</summary>
    private static bool LosesCapitals(ReadOnlySpan<char> written, string[] words)
    {
        var offset = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            var at = written[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            var start = offset + at;
            if (k > 0 && char.IsUpper(word[0]) && !word.All(char.IsUpper) && char.IsLower(written[start])) return true;
            offset = start + word.Length;
        }
        return false;
    }
}

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Sentence-level cues shared by the extractors: first person, prior work, use, evaluation. A word ending in
/// <c>*</c> is a prefix. Answers are cached per sentence and cue list in the <see cref="LinkingContext"/>.
/// </summary>
internal static class Cues
{
    public static bool HasAny(LinkingContext ctx, Text.Sentence s, string[] words)
    {
        var key = (s.Index, words);
        if (ctx.CueCache.TryGetValue(key, out var cached)) return cached;
        var found = Scan(ctx, s, words);
        ctx.CueCache[key] = found;
        return found;
    }

    private static bool Scan(LinkingContext ctx, Text.Sentence s, string[] words)
    {
        var byFirst = ByFirstLetter.GetOrAdd(words, Index);
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != Text.TokenKind.Word) continue;
            var span = ctx.LowerSpan(i);
            if (!byFirst.TryGetValue(span[0], out var candidates)) continue;
            foreach (var w in candidates)
            {
                if (!(w[^1] == '*' ? span.StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal) : span.SequenceEqual(w))) continue;
                // "the prior is a Gaussian", "a learned prior": the Bayesian noun, not "prior work"
                if (w == "prior" && !PriorWorkNoun(ctx, i + 1, s.EndToken)) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Each cue list's words by first letter: a sentence scan looks at the two or three words a token can match
    /// instead of the whole list (the scan was a tenth of extraction time). Keyed by the list itself.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string[], Dictionary<char, string[]>> ByFirstLetter =
        new(ReferenceEqualityComparer.Instance);

    private static Dictionary<char, string[]> Index(string[] words) =>
        words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly HashSet<string> PriorWorkNouns = new(StringComparer.Ordinal)
    {
        "work", "works", "art", "arts", "study", "studies", "research", "literature", "method", "methods", "approach",
        "approaches", "model", "models", "efforts", "attempts", "solutions", "techniques", "systems", "results", "to",
    };

    // "prior work", "prior state-of-the-art methods", "prior to": the word right after "prior" (or the one after a
    // hyphenated modifier) says whether it means earlier work
    private static bool PriorWorkNoun(LinkingContext ctx, int next, int end)
    {
        for (var k = next; k < end && k < next + 6; k++)
        {
            if (ctx.Tokens[k].Kind != Text.TokenKind.Word) continue;
            if (PriorWorkNouns.Contains(ctx.Lowered.Substring(ctx.Tokens[k].Start, ctx.Tokens[k].Length))) return true;
            if (k + 1 < end && !ctx.Tokens[k + 1].SpaceBefore) continue; // inside "state-of-the-art"
            return false;
        }
        return false;
    }

    public static readonly string[] FirstPerson = ["we", "our", "ours", "us", "herein", "here"];

    public static readonly string[] PriorWork =
    [
        "existing", "previous", "prior", "recent", "recently", "traditional", "conventional",
        "typically", "often", "commonly", "been", "currently", "prevailing",
    ];

    public static readonly string[] ProposalPriorWork = ["recently", "previous", "prior", "existing", "have", "has", "been", "traditional"];

    public static readonly string[] Use =
    [
        "based", "build*", "built", "using", "use", "uses", "used", "leverag*", "adopt*", "employ*", "exploit*",
        "integrat*", "incorporat*", "combin*", "extend*", "via", "equip*", "augment*", "inspired", "upon", "apply*", "applied",
    ];

    public static readonly string[] Evaluation =
    [
        "experiment*", "evaluat*", "result*", "achiev*", "outperform*", "benchmark*", "test*", "accurac*", "surpass*",
        "empirical*", "demonstrat*", "perform*", "improv*", "dataset*", "validat*", "state", "sota", "reach*", "obtain*",
        "attain*", "report*", "score*", "gain*", "lower*", "reduc*", "surpass*",
    ];

    /// <summary>"measured by metrics such as perplexity, BLEU and ROUGE": the sentence names metrics.</summary>
    public static readonly string[] MetricList = ["metric", "metrics", "measured"];

    public static readonly string[] Speed = ["speed*", "faster", "accelerat*", "throughput"];
}

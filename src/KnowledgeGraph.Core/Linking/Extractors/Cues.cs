namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Sentence-level cues shared by the extractors: first person, prior work, use, evaluation. A word ending in
/// <c>*</c> is a prefix. Each sentence's answers for every list are found in one pass and kept in the <see cref="LinkingContext"/>.
/// </summary>
internal static class Cues
{
    public static bool HasAny(LinkingContext ctx, Text.Sentence s, string[] words)
    {
        var bit = Table.BitOf(words);
        if (bit < 0) return Scan(ctx, s, words);
        var masks = ctx.CueMasks;
        if (s.Index >= masks.Length) return (Mask(ctx, s) & 1UL << bit) != 0;
        // the top bit marks a computed mask (there are far fewer than 63 lists)
        if (masks[s.Index] == 0) masks[s.Index] = Mask(ctx, s) | 1UL << 63;
        return (masks[s.Index] & 1UL << bit) != 0;
    }

    /// <summary>
    /// The sentence speaks for the paper itself: first person ("we", "our", "here") or "this paper / work / study /
    /// article" ("This study aims to evaluate …", the way clinical abstracts write it).
    /// </summary>
    public static bool SpeaksForThePaper(LinkingContext ctx, Text.Sentence s)
    {
        if (HasAny(ctx, s, FirstPerson)) return true;
        for (var i = s.FirstToken; i < s.EndToken - 1; i++)
        {
            if (ctx.IsLower(i, "this") && (ctx.IsLower(i + 1, "paper") || ctx.IsLower(i + 1, "work") || ctx.IsLower(i + 1, "study") || ctx.IsLower(i + 1, "article"))) return true;
        }
        return false;
    }

    /// <summary>
    /// The cue lists a sentence contains, one bit per list of <see cref="Table"/>: one dictionary lookup per word,
    /// once per sentence. (Scanning every sentence once per list and call site was a tenth of extraction time.)
    /// </summary>
    private static ulong Mask(LinkingContext ctx, Text.Sentence s)
    {
        var mask = 0UL;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != Text.TokenKind.Word) continue;
            var span = ctx.LowerSpan(i);
            if (!Table.Starts.MayMatch(span)) continue;
            if (Table.Exact.TryGetValue(span, out var bits))
            {
                // "the prior is a Gaussian", "a learned prior": the Bayesian noun, not "prior work"
                if (span.SequenceEqual("prior") && !PriorWorkNoun(ctx, i + 1, s.EndToken)) bits = 0;
                mask |= bits;
            }
            // prefixes by their first two letters (every prefix is three lower-case ASCII letters or more)
            if (span.Length < 3 || (uint)(span[0] - 'a') >= 26 || (uint)(span[1] - 'a') >= 26) continue;
            foreach (var (prefix, prefixBits) in Table.Prefixes[(span[0] - 'a') * 26 + (span[1] - 'a')])
            {
                if (span.StartsWith(prefix, StringComparison.Ordinal)) mask |= prefixBits;
            }
        }
        return mask;
    }

    /// <summary>A list that is not one of <see cref="Table"/>'s: a plain scan, uncached.</summary>
    private static bool Scan(LinkingContext ctx, Text.Sentence s, string[] words)
    {
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != Text.TokenKind.Word) continue;
            var span = ctx.LowerSpan(i);
            foreach (var w in words)
            {
                if (w[^1] == '*' ? span.StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal) : span.SequenceEqual(w)) return true;
            }
        }
        return false;
    }

    /// <summary>The cue lists below, numbered: whole words to the lists holding them, prefixes by first letter.</summary>
    private static class Table
    {
        private static readonly string[][] Lists = [FirstPerson, PriorWork, ProposalPriorWork, Use, Evaluation, MetricList, Speed, Rating];

        public static readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Exact = BuildExact();

        public static readonly (string Prefix, ulong Bits)[][] Prefixes = BuildPrefixes();

        /// <summary>
        /// The first letters of every cue word and prefix: most words of a sentence start no cue, and are turned away by
        /// one array read instead of a hash lookup and a scan of the prefixes.
        /// </summary>
        public static readonly WordStartFilter Starts = new(Lists.SelectMany(list => list));

        public static int BitOf(string[] words)
        {
            for (var i = 0; i < Lists.Length; i++)
            {
                if (ReferenceEquals(Lists[i], words)) return i;
            }
            return -1;
        }

        private static Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> BuildExact()
        {
            var exact = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var i = 0; i < Lists.Length; i++)
            {
                foreach (var w in Lists[i].Where(w => w[^1] != '*')) exact[w] = exact.GetValueOrDefault(w) | 1UL << i;
            }
            return exact.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private static (string, ulong)[][] BuildPrefixes()
        {
            var byFirstTwo = Enumerable.Range(0, 26 * 26).Select(_ => new Dictionary<string, ulong>(StringComparer.Ordinal)).ToArray();
            for (var i = 0; i < Lists.Length; i++)
            {
                foreach (var w in Lists[i].Where(w => w[^1] == '*'))
                {
                    var prefix = w[..^1];
                    if (prefix.Length < 3 || prefix.Any(c => c is < 'a' or > 'z')) throw new InvalidOperationException($"cue prefix '{w}' is not three lower-case ASCII letters or more");
                    var slot = byFirstTwo[(prefix[0] - 'a') * 26 + (prefix[1] - 'a')];
                    slot[prefix] = slot.GetValueOrDefault(prefix) | 1UL << i;
                }
            }
            return [.. byFirstTwo.Select(d => d.Select(kv => (kv.Key, kv.Value)).ToArray())];
        }
    }

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

    /// <summary>
    /// "graded … using a 6-point Likert scale": the sentence rates something, and the measures it names are what was
    /// rated. Past participles only: "score", "rate" and "rating" are nouns as often ("F1 score", "error rate").
    /// </summary>
    public static readonly string[] Rating = ["rated", "scored", "graded", "judged"];
}

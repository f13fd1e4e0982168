using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Named baselines: the methods inside the scope of a comparison cue ("outperforms X", "compared with X and Y",
/// "surpassing X by …", "better than X", "improvement over X"). Emits <see cref="RelationshipType.ComparesWith"/>.
/// </summary>
internal static class BaselineExtractor
{
    public const string Name = "baseline";

    private static readonly string[] ScopeStops =
    [
        "by", "on", "in", "at", "across", "while", "which", "when", "where", "for", "under", "using", "without", "whereas",
        "but", "achieving", "demonstrating", "showing", "thanks", "due", "as", "that", "it", "its", "we", "with", "to",
        "achieves", "achieve", "is", "are", "was", "were", "has", "have", "through", "via", "from", "respectively", "within",
    ];

    public static void Run(LinkingContext ctx, HashSet<string> families)
    {
        foreach (var s in ctx.Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var scope = ScopeStart(ctx, s, i);
                if (scope < 0) continue;
                Scan(ctx, s, scope, families);
            }
        }
    }

    // every word ScopeStart tests, as words and prefixes (keep the two in step: a trigger missing here is never seen)
    private static readonly WordStartFilter TriggerStarts = new(
    [
        "instead", "unlike", "outperform*", "surpass*", "outstrip*", "exceed*", "beats", "beat", "beating", "against", "than",
        "rival*", "matches", "matching", "match", "approach*", "par", "competitive", "compar*", "superior", "relative", "over", "baseline*", "as",
        "upon",
    ]);

    // a qualifier that makes a kind of system a baseline, and the nouns such a description ends in
    private static readonly WordSet BaselineQualifiers = new(["standard", "vanilla", "conventional", "original", "plain", "blind", "naive", "direct"]);
    private static readonly WordSet DescribedHeads = new(["system", "systems", "model", "models", "baseline", "baselines", "fine-tuning", "finetuning"]);

    /// <summary>
    /// "a standard NMT system", "a blind baseline", "direct supervised fine-tuning": an optional article, a qualifier and
    /// at most two more words ending in a system noun; the last token, or -1. Not a qualified family the vocabulary
    /// knows ("standard diffusion models" is read as the family).
    /// </summary>
    private static int DescribedBaselineEnd(LinkingContext ctx, Sentence s, int j)
    {
        var k = ctx.IsLower(j, "a") || ctx.IsLower(j, "an") || ctx.IsLower(j, "the") ? j + 1 : j;
        if (k >= s.EndToken || ctx.Tokens[k].Kind != TokenKind.Word || !BaselineQualifiers.Contains(ctx.LowerSpan(k))) return -1;
        for (var h = k + 1; h < s.EndToken && h <= k + 3; h++)
        {
            if (ctx.Tokens[h].Kind != TokenKind.Word || ctx.MentionAt.TryGetValue(h, out var m) && m.Entry.Kind == NodeLabel.Method && m.LastToken >= h) return -1;
            if (DescribedHeads.Contains(ctx.LowerSpan(h))) return h;
        }
        return -1;
    }

    // "compare with VQ-GAN+CLIP, Latent Diffusion Models, GLIDE": a family written in title case, like the names around
    // it, is the model of that name (in the abstract: a title capitalizes every word)
    private static bool IsTitleCase(LinkingContext ctx, VocabularyMention m)
    {
        var words = 0;
        for (var k = m.FirstToken; k <= m.LastToken; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            if (!char.IsUpper(ctx.Text[ctx.Tokens[k].Start])) return false;
            words++;
        }
        return words >= 2;
    }

    private static int SlashIn(LinkingContext ctx, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] == '/') return k;
        }
        return -1;
    }

    // "similar performance (on ImageNet) as", "the same accuracy as": a likeness word and what is measured, within six tokens
    private static bool MeasuredLikeness(LinkingContext ctx, Sentence s, int asToken)
    {
        var measured = false;
        for (var k = asToken - 1; k >= Math.Max(s.FirstToken, asToken - 6); k--)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) return false;
            if (ctx.LowerStartsWith(k, "perform") || ctx.LowerStartsWith(k, "accura") || ctx.LowerStartsWith(k, "result")
                || ctx.MentionAt.TryGetValue(k, out var m) && m.Entry.Kind == NodeLabel.Metric) measured = true;
            if (ctx.IsLower(k, "similar") || ctx.IsLower(k, "same") || ctx.IsLower(k, "comparable")) return measured;
        }
        return false;
    }

    /// <summary>The first token of a comparison scope opened at token <paramref name="i"/>, or -1.</summary>
    private static int ScopeStart(LinkingContext ctx, Sentence s, int i)
    {
        var w = ctx.LowerSpan(i);
        // the first letters of the triggers below: most tokens stop here
        if (ctx.Tokens[i].Kind != TokenKind.Word || !TriggerStarts.MayMatch(w)) return -1;
        // "instead of X", "unlike X": X is set aside, not used (and not a measured baseline either)
        if ((w.SequenceEqual("instead") && ctx.IsLower(i + 1, "of")) || w.SequenceEqual("unlike"))
        {
            var from = w.SequenceEqual("unlike") ? i + 1 : i + 2;
            for (var k = from; k < Math.Min(s.EndToken, from + 6) && !(ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] is ',' or '.'); k++)
            {
                ctx.ComparisonScope.Add(k);
            }
            return -1;
        }
        if (w.StartsWith("outperform") || w.StartsWith("surpass") || w.StartsWith("outstrip") || w.StartsWith("exceed")
            || w.SequenceEqual("beats") || w.SequenceEqual("beat") || w.SequenceEqual("beating") || w.SequenceEqual("against")
            || w.SequenceEqual("than"))
        {
            return i + 1;
        }
        // "rivals X", "matches the performance of X", "on par with X", "competitive with X" ("A vs B" contrasts two
        // designs far more often than it names a baseline, so it opens no scope)
        if (w.StartsWith("rival"))
        {
            return i + 1;
        }
        // "matches the performance of X", "approaching the performance (level) of X"
        if ((w.SequenceEqual("matches") || w.SequenceEqual("matching") || w.SequenceEqual("match") || w.StartsWith("approach")) && ctx.IsLower(i + 1, "the")
            && ctx.LowerStartsWith(i + 2, "perform"))
        {
            if (ctx.IsLower(i + 3, "of")) return i + 4;
            if (ctx.IsLower(i + 3, "level") && ctx.IsLower(i + 4, "of")) return i + 5;
        }
        if (((w.SequenceEqual("par") && ctx.IsLower(i - 1, "on")) || w.SequenceEqual("competitive")) && ctx.IsLower(i + 1, "with"))
        {
            return i + 2;
        }
        // "matches or improves upon the state-of-the-art wav2vec 2.0 performance" ("builds upon X" uses it)
        if (w.SequenceEqual("upon") && i > s.FirstToken && ctx.LowerStartsWith(i - 1, "improv") && !ctx.InTitle(s)) return i + 1;
        if ((w.StartsWith("compar") || w.SequenceEqual("superior") || w.SequenceEqual("relative")) && i + 1 < s.EndToken
            && (ctx.IsLower(i + 1, "to") || ctx.IsLower(i + 1, "with") || ctx.IsLower(i + 1, "against")))
        {
            return i + 2;
        }
        // "we compare DiskGNN with Ginex and MariusGNN"
        if (w.SequenceEqual("compare") || w.SequenceEqual("compares") || w.SequenceEqual("compared"))
        {
            for (var k = i + 2; k < Math.Min(s.EndToken, i + 5); k++)
            {
                if (ctx.IsLower(k, "with") || ctx.IsLower(k, "against") || ctx.IsLower(k, "to")) return k + 1;
            }
        }
        // "obtains similar performance on ImageNet as MobileFormer", "the same accuracy as X": a measured likeness
        if (w.SequenceEqual("as") && MeasuredLikeness(ctx, s, i)) return i + 1;
        if (w.SequenceEqual("over"))
        {
            for (var k = i - 1; k >= Math.Max(s.FirstToken, i - 6); k--)
            {
                if (ctx.LowerStartsWith(k, "improv") || ctx.LowerStartsWith(k, "gain") || ctx.LowerStartsWith(k, "advantage")
                    || ctx.LowerStartsWith(k, "speedup") || ctx.LowerStartsWith(k, "margin") || ctx.LowerStartsWith(k, "boost")) return i + 1;
                // "by 4.1 points over DPR", "a 3.2% gain ... over": a measured margin right before "over"
                if (i - k <= 3 && ctx.Tokens[k].Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k)) return i + 1;
            }
            return -1;
        }
        if (w.StartsWith("baseline") && i + 1 < s.EndToken)
        {
            if (ctx.IsLower(i + 1, "such") && ctx.IsLower(i + 2, "as")) return i + 3;
            if (ctx.IsLower(i + 1, "including") || ctx.IsLower(i + 1, "like") || ctx.Text[ctx.Tokens[i + 1].Start] is '(' or ':') return i + 2;
        }
        return -1;
    }

    private static void Scan(LinkingContext ctx, Sentence s, int start, HashSet<string> families)
    {
        var end = Math.Min(s.EndToken, start + 30);
        for (var j = start; j < end; j++)
        {
            var t = ctx.Tokens[j];
            // "outperforms prior methods (e.g., X and Y)", "... methods such as X": the names follow the example marker
            if (IsExampleMarker(ctx, j, out var markerEnd))
            {
                if (j > start && HeadWords.Method.Contains(ctx.LowerSpan(j - 1))) LowerCaseExamples(ctx, s, markerEnd + 1);
                j = markerEnd;
                continue;
            }
            if (t.Kind == TokenKind.Symbol && ctx.Text[t.Start] is '.' or ';' or ':' or '!' or '?') return;
            // "outperforms a standard NMT system", "beats a blind baseline": a baseline described by its kind
            if (j <= start + 1 && DescribedBaselineEnd(ctx, s, j) is var describedEnd and >= 0)
            {
                var first = ctx.IsLower(j, "a") || ctx.IsLower(j, "an") || ctx.IsLower(j, "the") ? j + 1 : j;
                var described = ctx.Span(first, describedEnd);
                ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, TaskExtractor.Capitalize(described), described, s, 0.6, Name + ":described", true, anchor: ctx.Tokens[first].Start);
                for (var k = j; k <= describedEnd; k++) ctx.ComparisonScope.Add(k);
                return;
            }
            // "compared to those in the traditional PINNs", "than that of BERT": the anaphor stands for the baseline's results
            if (j <= start + 1 && (ctx.IsLower(j, "those") || ctx.IsLower(j, "that")) && (ctx.IsLower(j + 1, "of") || ctx.IsLower(j + 1, "in")
                || ctx.IsLower(j + 1, "from") || ctx.IsLower(j + 1, "by")))
            {
                j++;
                continue;
            }
            if (t.Kind == TokenKind.Word && j > start && IsStop(ctx, j))
            {
                // "the result achieved by Swin-L": the baseline follows "by"
                var byAgent = ctx.IsLower(j, "by") && (ctx.LowerStartsWith(j - 1, "achiev") || ctx.LowerStartsWith(j - 1, "obtain") || ctx.LowerStartsWith(j - 1, "report") || ctx.LowerStartsWith(j - 1, "attain"));
                if (!byAgent) return;
                continue;
            }
            ctx.ComparisonScope.Add(j);
            if (ctx.MentionAt.TryGetValue(j, out var m))
            {
                if (m.Entry.Kind == NodeLabel.Method)
                {
                    var last = NameSpans.GluedEnd(ctx, m.LastToken, s.EndToken);
                    // "MobileNet/EfficientNet": two models joined by a slash; the second is read on its own
                    if (last > m.LastToken && ctx.TokenSpan(m.LastToken + 1) is "/" && NameSpans.IsNameLike(ctx.Span(m.LastToken + 2, last))) last = m.LastToken;
                    // "transformer-based models", "LLM-based methods": a kind of approach, described by what it builds on; the
                    // architecture stays a weak link (no dev label names it as the baseline)
                    // ... as do "existing MIM methods", "advanced RAG baselines": a technique's acronym before a plural noun of
                    // approaches ("once-for-all training techniques", written out, is still compared with)
                    var basedOn = last > m.LastToken && IsBasedSuffix(ctx.Span(m.LastToken + 1, last))
                                  || NamesAClassOfApproaches(ctx, last + 1, s) && IsAcronym(ctx.TokenSpan(m.FirstToken)) && m.FirstToken == last;
                    // "Swin UNETR", "Transformer XL": a known name and an acronym or CamelCase word right after it are one model
                    if (!basedOn && last + 1 < s.EndToken && ctx.Tokens[last + 1].SpaceBefore && ctx.Tokens[last + 1].Kind == TokenKind.Word
                        && !ctx.MentionAt.ContainsKey(last + 1) && !IsStop(ctx, last + 1) && NameSpans.GluedEnd(ctx, last + 1, s.EndToken) is var next
                        && NameSpans.IsNameLike(ctx.Span(last + 1, next)) && char.IsUpper(ctx.Text[ctx.Tokens[last + 1].Start]))
                    {
                        last = next;
                    }
                    var variant = last > m.LastToken && !basedOn ? ctx.Span(m.FirstToken, last) : null;
                    var name = variant ?? m.Entry.Canonical;
                    if (!ctx.IsProposed(name))
                    {
                        // "outperforms GNNs" names a family, not a baseline; it stays a weak link and does not block "uses"
                        // ... unless qualified as the standard version: "outperform standard diffusion models"
                        // ... or written as one model's acronym: "outperforms GCN and GAT" names two baselines, "GNNs" a family
                        var family = basedOn || variant is null && families.Contains(m.Entry.Canonical) && !NameSpans.IsNameLike(m.Entry.Canonical)
                                     && !(m.FirstToken > s.FirstToken && IsStandardQualifier(ctx, m.FirstToken - 1))
                                     && !IsSingularAcronym(ctx.Text[m.Start..m.End]) && !SingularDefined(ctx, m.LastToken, s)
                                     && !(IsTitleCase(ctx, m) && !ctx.InTitle(s))
                                     // "competitive with Gemma": a family with a proper name, written as that name, is its model
                                     && !(m.FirstToken == m.LastToken && NameSpans.IsCapitalizedName(m.Entry.Canonical) && ctx.Text[m.Start..m.End] == m.Entry.Canonical
                                          && !HeadWords.Method.Contains(m.Entry.Canonical));
                        var props = LinkingContext.ParentProperty(variant is null ? m.Entry.Parent : m.Entry.Canonical);
                        ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, name, ctx.Span(m.FirstToken, last), s, family ? 0.45 : 0.8, Name, false, props, m.Start);
                        if (family)
                        {
                            j = last;
                            continue;
                        }
                        ctx.ComparedKeys.Add(NameKey.Of(m.Entry.Canonical));
                        ctx.MethodAt[m.FirstToken] = name;
                    }
                    for (var k = j; k <= last; k++) ctx.ComparisonScope.Add(k);
                    j = last;
                    continue;
                }
                j = m.LastToken;
                continue;
            }
            if (t.Kind == TokenKind.Symbol) continue;
            if (RandomBaselineEnd(ctx, s, j) is var randomEnd and >= 0)
            {
                var random = ctx.Span(j, randomEnd);
                ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, TaskExtractor.Capitalize(random), random, s, 0.6, Name, true, anchor: t.Start);
                ctx.ComparedKeys.Add(NameKey.Of(random));
                for (var k = j; k <= randomEnd; k++) ctx.ComparisonScope.Add(k);
                j = randomEnd;
                continue;
            }
            var glued = NameSpans.GluedEnd(ctx, j, s.EndToken);
            // "outperforms MobileSAM/EfficientSAM": two names joined by a slash are two baselines
            if (SlashIn(ctx, j, glued) is var slash and >= 0 && NameSpans.IsNameLike(ctx.Span(j, slash - 1)) && NameSpans.IsNameLike(ctx.Span(slash + 1, glued)))
            {
                glued = slash - 1;
            }
            var surface = ctx.Span(j, glued);
            var nameLike = NameSpans.IsNameLike(surface);
            // "surpass Full Attention": a capitalized word before a known method names a variant of it, not two baselines
            if (glued == j && NameSpans.IsCapitalizedName(surface) && ctx.MentionAt.TryGetValue(j + 1, out var head) && head.Entry.Kind == NodeLabel.Method
                && ctx.Tokens[j + 1].SpaceBefore && NameSpans.GluedEnd(ctx, head.LastToken, s.EndToken) == head.LastToken)
            {
                var variantName = ctx.Span(j, head.LastToken);
                if (!ctx.IsProposed(variantName))
                {
                    ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, variantName, variantName, s, 0.7, Name, true,
                        LinkingContext.ParentProperty(head.Entry.Canonical), t.Start);
                    ctx.ComparedKeys.Add(NameKey.Of(variantName));
                    ctx.MethodAt[j] = variantName;
                }
                for (var k = j; k <= head.LastToken; k++) ctx.ComparisonScope.Add(k);
                j = head.LastToken;
                continue;
            }
            if ((nameLike || NameSpans.IsCapitalizedName(surface)) && !ctx.IsProposed(surface))
            {
                // "surpass Full Attention": space-separated capitalized words are one name
                var words = 1;
                while (words < 3 && glued + 1 < s.EndToken && ctx.Tokens[glued + 1].Kind == TokenKind.Word && ctx.Tokens[glued + 1].SpaceBefore
                       && !ctx.MentionAt.ContainsKey(glued + 1) && !IsStop(ctx, glued + 1) && char.IsUpper(ctx.Text[ctx.Tokens[glued + 1].Start]))
                {
                    var next = NameSpans.GluedEnd(ctx, glued + 1, s.EndToken);
                    if (!NameSpans.IsCapitalizedName(ctx.Span(glued + 1, next)) && !NameSpans.IsNameLike(ctx.Span(glued + 1, next))) break;
                    glued = next;
                    words++;
                }
                surface = ctx.Span(j, glued);
                nameLike |= NameSpans.IsNameLike(surface);
                if (Modifier(ctx, glued + 1, s.EndToken) || NamesAClassOfApproaches(ctx, glued + 1, s))
                {
                    for (var k = j; k <= glued; k++) ctx.ComparisonScope.Add(k);
                    j = glued;
                    continue;
                }
                ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, surface, surface, s, nameLike ? 0.7 : 0.6, Name, true, anchor: t.Start);
                ctx.ComparedKeys.Add(NameKey.Of(surface));
                ctx.MethodAt[j] = surface;
            }
            for (var k = j; k <= glued; k++) ctx.ComparisonScope.Add(k);
            j = glued;
        }
    }

    private const int MaxExampleWords = 4;

    // what a random baseline does: "random search", "random latent truncation", "the random baseline"
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RandomBaselineNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "baseline", "baselines", "search", "sampling", "selection", "truncation", "generation", "policy", "strategy", "augmentation",
        "pruning", "masking", "walk", "walks", "projection", "projections", "features",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "more effective than the random baseline", "a higher rate than random truncation": "random" and a noun of what
    /// is done at random (at most one word between) is the plain baseline a paper measures against. Returns the noun's
    /// token, or -1. "Random forest" is a vocabulary method and never reaches here.
    /// </summary>
    private static int RandomBaselineEnd(LinkingContext ctx, Sentence s, int j)
    {
        if (!ctx.IsLower(j, "random")) return -1;
        for (var k = j + 1; k < Math.Min(s.EndToken, j + 3); k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word || !ctx.Tokens[k].SpaceBefore) return -1;
            if (RandomBaselineNouns.Contains(ctx.LowerSpan(k))) return k;
        }
        return -1;
    }

    /// <summary>
    /// "outperforms traditional methods such as examples proportional mixing and equal mixing": after a method noun and
    /// an example marker, a list of lower-case phrases of at most <see cref="MaxExampleWords"/> words names baselines no
    /// vocabulary knows. A phrase with a vocabulary mention is left to the mention.
    /// </summary>
    private static void LowerCaseExamples(LinkingContext ctx, Sentence s, int from)
    {
        var items = new List<(int First, int Last)>();
        var j = from;
        while (j < s.EndToken)
        {
            var first = j;
            while (j < s.EndToken && j - first < MaxExampleWords && ctx.Tokens[j].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[j].Start])
                   && !ctx.MentionAt.ContainsKey(j) && !IsStop(ctx, j) && !ctx.IsLower(j, "and") && !ctx.IsLower(j, "or"))
            {
                j = NameSpans.GluedEnd(ctx, j, s.EndToken) + 1;
            }
            if (j == first) return;
            items.Add((first, j - 1));
            if (j >= s.EndToken || ctx.TokenText(j) is "." or ";" or ")") break;
            if (ctx.TokenText(j) == ",") j++;
            if (j < s.EndToken && (ctx.IsLower(j, "and") || ctx.IsLower(j, "or"))) j++;
            else if (ctx.TokenText(j - 1) != ",") return;
        }
        if (items.Count < 2) return;
        foreach (var (first, last) in items)
        {
            var name = ctx.Span(first, last);
            ctx.Add(RelationshipType.ComparesWith, NodeLabel.Method, name, name, s, 0.6, Name, true, anchor: ctx.Tokens[first].Start);
            ctx.ComparedKeys.Add(NameKey.Of(name));
        }
    }

    /// <summary>
    /// "compared to ORL consultants", "than Dennett's own answer", "against the US dollar": an unknown capitalized word
    /// followed by a possessive or by a plain noun qualifies that noun; it names no baseline. A method head ("X model"),
    /// an adverb ("X significantly"), a participle ("X trained on …") and the list and scope words keep the name.
    /// </summary>
    // "detection KD methods", "existing CF models are outperformed", "unsupervised TSAD algorithms": plural nouns of approaches
    private static readonly WordSet ApproachClasses = new(["methods", "approaches", "algorithms", "techniques", "strategies", "paradigms", "baselines"]);

    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 6 && !word.ContainsAnyInRange('a', 'z');

    private static bool NamesAClassOfApproaches(LinkingContext ctx, int next, Sentence s) =>
        next < s.EndToken && ctx.Tokens[next].Kind == TokenKind.Word && ctx.Tokens[next].SpaceBefore && ApproachClasses.Contains(ctx.LowerSpan(next));

    private static bool Modifier(LinkingContext ctx, int next, int end)
    {
        if (next >= end) return false;
        var token = ctx.Tokens[next];
        if (!token.SpaceBefore && ctx.Text[token.Start] is '\'' or '’' && ctx.IsLower(next + 1, "s")) return true;
        if (token.Kind != TokenKind.Word || !token.SpaceBefore || !char.IsLower(ctx.Text[token.Start]) || IsStop(ctx, next)) return false;
        var word = ctx.LowerSpan(next);
        return !(word is "and" or "or" or "than" or "nor" || word.EndsWith("ly") || word.EndsWith("ed") || word.EndsWith("ing")
                 || HeadWords.Method.Contains(word) || ComparedHeads.Contains(word));
    }

    // "the FastText implementation", "the BM25 baseline": nouns that stand for the compared system itself
    private static readonly WordSet ComparedHeads = new(
    [
        "implementation", "implementations", "baseline", "baselines", "variant", "variants", "version", "versions",
        "counterpart", "counterparts", "embedding", "embeddings", "features", "representations", "detector", "detectors",
        "tracker", "trackers", "solver", "solvers", "library", "toolkit",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool IsBasedSuffix(string suffix) =>
        suffix.Equals("-based", StringComparison.OrdinalIgnoreCase) || suffix.Equals("-like", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("-style", StringComparison.OrdinalIgnoreCase);

    private static bool IsExampleMarker(LinkingContext ctx, int j, out int end)
    {
        end = j;
        if (ctx.IsLower(j, "such") && ctx.IsLower(j + 1, "as"))
        {
            end = j + 1;
            return true;
        }
        // "e.g." / "i.e.": letter, dot, letter, dot
        if ((ctx.IsLower(j, "e") && ctx.IsLower(j + 2, "g")) || (ctx.IsLower(j, "i") && ctx.IsLower(j + 2, "e")))
        {
            if (j + 3 < ctx.Tokens.Length && ctx.TokenText(j + 1) == "." && ctx.TokenText(j + 3) == ".")
            {
                end = j + 3;
                return true;
            }
        }
        return false;
    }

    // "vision transformer (ViT) models": a family name given a singular acronym of its own names one model
    private static bool SingularDefined(LinkingContext ctx, int last, Sentence s)
    {
        if (last + 3 >= s.EndToken || ctx.TokenText(last + 1) != "(" || ctx.TokenText(last + 3) != ")") return false;
        var acronym = ctx.TokenText(last + 2);
        return acronym.Length >= 2 && char.IsUpper(acronym[0]) && !acronym.EndsWith('s');
    }

    // "GCN", "GAT", and CamelCase written in the singular ("NeRF"): one model; "GNNs", "NeRFs" name the family
    private static bool IsSingularAcronym(string surface) =>
        surface.Length >= 2 && surface.Length <= 8 && char.IsUpper(surface[0]) && !surface.EndsWith('s')
        && (surface.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-') || surface.Skip(1).Any(char.IsUpper));

    private static bool IsStandardQualifier(LinkingContext ctx, int k) =>
        ctx.LowerSpan(k) is "standard" or "vanilla" or "conventional" or "traditional" or "original" or "plain" or "classic" or "classical" or "regular" or "the";

    private static bool IsStop(LinkingContext ctx, int j)
    {
        var w = ctx.LowerSpan(j);
        foreach (var stop in ScopeStops)
        {
            if (w.SequenceEqual(stop)) return true;
        }
        return false;
    }
}

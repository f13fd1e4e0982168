using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The paper's own named method or system: the title prefix (<c>DiffDis: …</c>), "we propose X", "called / named /
/// dubbed X", an acronym defined in a proposing sentence, "our X". Emits <see cref="RelationshipType.Proposes"/>.
/// </summary>
internal static class ProposedMethodExtractor
{
    public const string Name = "proposed-method";

    private enum Verb { None, Propose, Passive, Naming }

    // one hash lookup per token instead of a scan over every verb
    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["propose"] = Verb.Propose, ["proposes"] = Verb.Propose, ["introduce"] = Verb.Propose, ["introduces"] = Verb.Propose,
        ["present"] = Verb.Propose, ["presents"] = Verb.Propose, ["develop"] = Verb.Propose, ["develops"] = Verb.Propose,
        ["design"] = Verb.Propose, ["designs"] = Verb.Propose, ["devise"] = Verb.Propose, ["devises"] = Verb.Propose,
        ["build"] = Verb.Propose, ["builds"] = Verb.Propose, ["establish"] = Verb.Propose, ["establishes"] = Verb.Propose,
        ["release"] = Verb.Propose, ["releases"] = Verb.Propose, ["describe"] = Verb.Propose, ["describes"] = Verb.Propose,
        ["construct"] = Verb.Propose, ["constructs"] = Verb.Propose, ["create"] = Verb.Propose, ["creates"] = Verb.Propose,
        ["curate"] = Verb.Propose, ["curates"] = Verb.Propose, ["collect"] = Verb.Propose, ["collects"] = Verb.Propose,
        ["proposed"] = Verb.Passive, ["introduced"] = Verb.Passive, ["presented"] = Verb.Passive, ["developed"] = Verb.Passive,
        ["designed"] = Verb.Passive, ["devised"] = Verb.Passive,
        ["called"] = Verb.Naming, ["named"] = Verb.Naming, ["dubbed"] = Verb.Naming, ["termed"] = Verb.Naming,
        ["coined"] = Verb.Naming, ["namely"] = Verb.Naming,
    };

    private static readonly WordMap<Verb> VerbLookup = new(Verbs);
    private static readonly HashSet<string> TitleOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "when", "towards", "toward", "how", "why", "what", "do", "does", "is", "are", "can", "on", "to",
        "beyond", "rethinking", "revisiting", "understanding", "training", "learning", "from", "into", "about", "should",
    };

    /// <param name="ctx">The paper being linked.</param>
    /// <param name="families">Vocabulary entries that three or more entries name as their parent ("Graph Neural Network").</param>
    public static void Run(LinkingContext ctx, IReadOnlySet<string> families)
    {
        var candidates = new ProposedCandidates(ctx);
        TitlePrefix(ctx, candidates);
        var titleOpening = TitleNamedProposals.OpeningPhrase(ctx, families);
        TitleNamedProposals.Run(ctx, titleOpening, candidates);
        TitleNamedProposals.Restated(ctx, titleOpening, candidates);
        foreach (var s in ctx.Sentences)
        {
            if (ctx.InTitle(s)) continue;
            CueSentence(ctx, s, titleOpening, candidates);
            OurName(ctx, s, candidates);
        }

        candidates.MergeOverlapping();
        foreach (var c in candidates)
        {
            if (NamedAsData(ctx, c)) ctx.ProposedDatasets.Add((c.Name, c.Sentence, ctx.Tokens[c.Sentence.FirstToken].Start));
            foreach (var key in c.Keys) ctx.ProposedNameByKey.TryAdd(key, c.Name);
            ctx.ProposedNames.Add(c.Name);
            var props = new Dictionary<string, string>();
            if (c.FullName is not null) props["fullName"] = c.FullName;
            var entry = ctx.Vocabulary.Resolve(c.Name, NodeLabel.Method);
            if (entry?.Parent is { } parent) props["parent"] = parent;
            ctx.Add(RelationshipType.Proposes, NodeLabel.Method, entry?.Canonical ?? c.Name, c.Surface, c.Sentence, c.Confidence, Name, entry is null, props);
        }
    }

    private static void TitlePrefix(LinkingContext ctx, ProposedCandidates candidates)
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

    private static void CueSentence(LinkingContext ctx, Sentence s, string? titleOpening, ProposedCandidates candidates)
    {
        var firstPerson = Cues.SpeaksForThePaper(ctx, s);
        var priorWork = Cues.HasAny(ctx, s, Cues.ProposalPriorWork);
        HashSet<AcronymDefinition>? inLongLists = null;
        var listsFound = false;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            // first letters of the verbs: most tokens are rejected without hashing
            if (ctx.Tokens[i].Kind != TokenKind.Word || !VerbLookup.TryGetValue(ctx.LowerSpan(i), out var verb)) continue;
            var naming = verb == Verb.Naming;
            // "we developed ZorbNet", "we have designed a framework, X": a past-tense proposal verb after its first-person subject
            var active = firstPerson && (verb == Verb.Propose || verb == Verb.Passive && AfterFirstPersonSubject(ctx, s, i) && !EarlierWork(ctx, s, i));
            var passive = verb == Verb.Passive && (ctx.IsLower(i - 1, "is") || ctx.IsLower(i - 1, "are")) && !priorWork;
            if (naming && (firstPerson || !priorWork))
            {
                var j = i + 1;
                while (j < s.EndToken && (ctx.IsLower(j, "as") || ctx.Tokens[j].Kind == TokenKind.Symbol)) j++;
                // "named Sub-graph Permutation Equivariant Networks (SPEN)": the definition gives the whole name, however long
                if (ctx.AcronymsIn(s.Index).FirstOrDefault(a => a.LongFirstToken == j) is { } defined && !IsKnownEntity(ctx, defined))
                {
                    candidates.Add(defined.Short, defined.LongForm, 0.9, defined.Short, s);
                    continue;
                }
                if (j < s.EndToken && TryName(ctx, s, j, out var name, out _))
                {
                    candidates.Add(name, FullNameFor(ctx, name), 0.9, name, s);
                    if (NamesData(ctx, s.FirstToken, j)) ctx.ProposedDatasets.Add((name, s, ctx.Tokens[j].Start));
                }
                // "we derive a Nonlinear Activation Free Network, namely NAFNet": naming it in the paper's voice makes even a
                // name the vocabulary knows the paper's own
                else if (firstPerson && j < s.EndToken && CreatedBefore(ctx, s, i) && KnownName(ctx, s, j) is { } known)
                {
                    candidates.Add(known, FullNameFor(ctx, known), 0.85, known, s);
                }
                continue;
            }
            if (verb == Verb.Passive && AdjectivalProposal(ctx, s, i, candidates)) continue;
            // "through the MedRAG toolkit introduced in this work"
            if (verb == Verb.Passive && ctx.IsLower(i + 1, "in") && ctx.IsLower(i + 2, "this") && ThisWork(ctx, i + 3)) NamedBefore(ctx, s, i, candidates);
            if (!active && !passive) continue;
            if (active) TitleNamedProposals.AfterVerb(ctx, s, i, titleOpening, candidates);

            // "we propose DiffDis to ..." — a name right after the verb
            var named = false;
            if (active && i + 1 < s.EndToken && !ctx.AcronymsIn(s.Index).Any(a => a.LongFirstToken == i + 1)
                && TryName(ctx, s, i + 1, out var direct, out _))
            {
                candidates.Add(direct, FullNameFor(ctx, direct), 0.85, direct, s);
                named = true;
                if (AppositiveNamesData(ctx, s, i + 1)) ctx.ProposedDatasets.Add((direct, s, ctx.Tokens[i + 1].Start));
            }
            // "we propose, BigBird, a sparse attention mechanism": the name set off by commas is the verb's object, known or not
            if (active && !named && ctx.TokenSpan(i + 1) is "," && KnownName(ctx, s, i + 2) is { } setOff && ctx.TokenSpan(NameSpans.GluedEnd(ctx, i + 2, s.EndToken) + 1) is ",")
            {
                candidates.Add(setOff, FullNameFor(ctx, setOff), 0.85, setOff, s);
                named = true;
            }
            // "we introduce MultiQ, a new silver standard benchmark": a released dataset the vocabulary already lists is still
            // the paper's own
            if (active && !named && KnownName(ctx, s, i + 1, NodeLabel.Dataset) is { } knownData && AppositiveNamesData(ctx, s, i + 1))
            {
                candidates.Add(knownData, FullNameFor(ctx, knownData), 0.85, knownData, s);
                ctx.ProposedDatasets.Add((knownData, s, ctx.Tokens[i + 1].Start));
                named = true;
            }
            // "introduces a generic framework W2PGNN", "we present a novel benchmark, X"
            if (active) AfterHeadNoun(ctx, s, i, candidates);
            // "we present the Wake-Sleep Recurrent Attention Model, a method for …"
            if (active && !named) DeterminedTitleCaseName(ctx, s, i, candidates);
            // an acronym defined in the sentence: after the verb (active) or anywhere (passive)
            var rank = 0;
            AcronymDefinition? previous = null;
            var previousConfidence = 0.0;
            // once per sentence, not per verb: a long sentence of verbs and definitions stays linear
            if (!listsFound)
            {
                inLongLists = InLongCoordinatedLists(ctx, ctx.AcronymsIn(s.Index));
                listsFound = true;
            }
            foreach (var a in ctx.AcronymsIn(s.Index))
            {
                if (inLongLists?.Contains(a) == true) continue;
                // once the verb's object is named ("we propose Pigeon, a ... representation (IR)"), later acronyms are parts
                // ... but "Vision MambaMixer (ViM2) and Time Series MambaMixer (TSM2)" coordinates two of the same rank
                var coordinated = previous is not null && Coordinated(ctx, previous, a);
                if (active && (a.ShortToken < i || (a.LongFirstToken - i > 15 && !coordinated))) continue;
                // a name the vocabulary knows is the paper's own only when defined, with its capitals, as the verb's object
                // ("we propose the Real-Time DEtection TRansformer (RT-DETR)"): the paper that introduced it; "we propose a
                // generative adversarial network (GAN)" uses a family
                if (IsKnownEntity(ctx, a) && !(active && ObjectOfVerb(ctx, i, a.LongFirstToken) && TitleCased(a.LongForm)) || UsedNotProposed(ctx, a)) continue;
                var confidence = named ? 0.45 : coordinated ? previousConfidence : rank == 0 ? 0.85 : 0.55;
                rank++;
                candidates.Add(a.Short, a.LongForm, confidence, a.Short, s);
                // "we propose the … Evaluation (MIRAGE), a first-of-its-kind benchmark including 7,663 questions"
                if (rank == 1 && AppositiveNamesData(ctx, s, a.ShortToken + 1)) ctx.ProposedDatasets.Add((a.Short, s, ctx.Tokens[a.ShortToken].Start));
                previous = a;
                previousConfidence = confidence;
            }
            // "we propose two mechanisms: Clip parallelism and Dual-scope attention"
            if (active && !named) ColonList(ctx, s, i, candidates);
        }
    }

    /// <summary>
    /// "The proposed deep dual-resolution networks (DDRNets) are …", "a proposed AOT block", "our proposed FPNN": the
    /// paper's own method right after "proposed" used as an adjective, though no first-person verb names it. A component
    /// noun after the name is part of it ("AOT block"). True when it found one.
    /// </summary>
    private static bool AdjectivalProposal(LinkingContext ctx, Sentence s, int proposed, ProposedCandidates candidates)
    {
        if (!(ctx.IsLower(proposed - 1, "the") || ctx.IsLower(proposed - 1, "our") || ctx.IsLower(proposed - 1, "a") || ctx.IsLower(proposed - 1, "an"))) return false;
        if (ctx.AcronymsIn(s.Index).FirstOrDefault(a => a.LongFirstToken == proposed + 1) is { } defined && !IsKnownEntity(ctx, defined))
        {
            candidates.Add(defined.Short, defined.LongForm, 0.85, defined.Short, s);
            return true;
        }
        if (proposed + 1 >= s.EndToken || !TryName(ctx, s, proposed + 1, out var name, out var last) || !NameSpans.IsNameLike(ctx.Span(proposed + 1, NameSpans.GluedEnd(ctx, proposed + 1, s.EndToken)))) return false;
        if (last + 1 < s.EndToken && ComponentNouns.Contains(ctx.LowerSpan(last + 1))) name = ctx.Span(proposed + 1, last + 1);
        candidates.Add(name, FullNameFor(ctx, name), 0.8, name, s);
        return true;
    }

    // "an AOT block", "the CTF module": a part of a model, named with the part's noun
    private static readonly WordSet ComponentNouns = new(["block", "blocks", "module", "modules", "layer", "layers", "unit", "units", "cell", "head"]);

    // "Real-Time DEtection TRansformer": every word starts with a capital (a name, not a family written in lower case)
    private static bool TitleCased(string phrase)
    {
        foreach (var word in phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0])) return false;
        }
        return true;
    }

    // the long form opens the proposing verb's object: right after it, or after "the" / "a" / "an" and "novel" / "new"
    private static bool ObjectOfVerb(LinkingContext ctx, int verb, int first)
    {
        var k = verb + 1;
        if (ctx.IsLower(k, "the") || ctx.IsLower(k, "a") || ctx.IsLower(k, "an")) k++;
        if (ctx.IsLower(k, "novel") || ctx.IsLower(k, "new")) k++;
        return k == first;
    }

    private static bool ThisWork(LinkingContext ctx, int k) =>
        ctx.IsLower(k, "work") || ctx.IsLower(k, "paper") || ctx.IsLower(k, "study") || ctx.IsLower(k, "article");

    /// <summary>"the MedRAG toolkit introduced in this work", "ZorbNet, proposed in this paper,": the name right before.</summary>
    private static void NamedBefore(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
    {
        var k = verb - 1;
        if (k > s.FirstToken && ctx.TokenSpan(k) is ",") k--;
        // a head noun between name and verb: "toolkit", "framework", "benchmark"
        if (k > s.FirstToken && ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[k].Start])) k--;
        if (k < s.FirstToken || ctx.Tokens[k].Kind == TokenKind.Symbol) return;
        var first = NameSpans.GluedStart(ctx, k, s.FirstToken);
        var name = ctx.Span(first, k);
        if (NameSpans.IsNameLike(name) && !IsVocabularyMethod(ctx, first, k)) candidates.Add(name, FullNameFor(ctx, name), 0.8, name, s);
    }

    /// <summary>
    /// "we propose an approach based on machine learning (ML)", "we present a system using optical flow (OF)": an acronym
    /// whose long form, written in lower case, follows a use word is what the contribution uses, not the contribution.
    /// A capitalized long form there is the paper's own component ("a framework based on Dual Hypergraph
    /// Transformation (DHT), which transforms …").
    /// </summary>
    private static bool UsedNotProposed(LinkingContext ctx, AcronymDefinition a)
    {
        if (!char.IsLower(a.LongForm[0])) return false;
        var before = a.LongFirstToken - 1;
        return (ctx.IsLower(before, "on") && (ctx.IsLower(before - 1, "based") || ctx.IsLower(before - 1, "relies") || ctx.IsLower(before - 1, "built")))
               || ctx.IsLower(before, "upon") || ctx.IsLower(before, "using") || ctx.IsLower(before, "via") || ctx.IsLower(before, "leveraging")
               || ctx.IsLower(before, "employing") || ctx.IsLower(before, "utilizing") || ctx.IsLower(before, "utilising");
    }

    /// <summary>
    /// Definitions in a coordinated run of three or more ("acquired by Global Navigation Satellite System (GNSS),
    /// Synthetic Aperture Radar (SAR), Light Detection and Ranging (LiDAR) and … (UAV) sensors") list what the work
    /// uses or covers; a paper names one contribution, or two side by side.
    /// </summary>
    private static HashSet<AcronymDefinition>? InLongCoordinatedLists(LinkingContext ctx, IReadOnlyList<AcronymDefinition> definitions)
    {
        if (definitions.Count < 3) return null;
        var listed = new HashSet<AcronymDefinition>();
        var runStart = 0;
        for (var k = 1; k <= definitions.Count; k++)
        {
            if (k < definitions.Count && Coordinated(ctx, definitions[k - 1], definitions[k])) continue;
            if (k - runStart >= 3)
            {
                for (var r = runStart; r < k; r++) listed.Add(definitions[r]);
            }
            runStart = k;
        }
        return listed;
    }

    /// <summary>Only ")", "," or "and" between one definition's acronym and the next one's long form.</summary>
    private static bool Coordinated(LinkingContext ctx, AcronymDefinition first, AcronymDefinition second)
    {
        if (second.LongFirstToken <= first.ShortToken) return false;
        for (var k = first.ShortToken + 1; k < second.LongFirstToken; k++)
        {
            if (!(ctx.TokenText(k) is ")" or "," || ctx.IsLower(k, "and"))) return false;
        }
        return true;
    }

    /// <summary>
    /// "we propose two coherent mechanisms: Clip parallelism and Dual-scope attention": a colon a few words after the
    /// verb opens a list of capitalized names, each ended by ',', 'and' or the sentence end.
    /// </summary>
    private static void ColonList(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
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
            if (last - first > 5 || !char.IsUpper(ctx.Text[ctx.Tokens[first].Start]) || IsVocabularyMethod(ctx, first, last)) return;
        }
        foreach (var (first, last) in items)
        {
            var name = ctx.Span(first, last);
            candidates.Add(name, FullNameFor(ctx, name), 0.75, name, s);
        }
    }

    private static void AfterHeadNoun(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
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
            if (!methodOrData && !ContributionNouns.Contains(ctx.LowerSpan(k))) continue;
            var j = k + 1;
            var comma = j < s.EndToken && ctx.Text[ctx.Tokens[j].Start] == ',';
            if (comma) j++;
            if (j >= s.EndToken || ctx.Tokens[j].Kind == TokenKind.Symbol) return;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            var name = ctx.Span(j, last);
            if (methodOrData && NameSpans.IsNameLike(name) && !IsVocabularyMethod(ctx, j, last))
            {
                candidates.Add(name, FullNameFor(ctx, name), 0.85, name, s);
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
    private static void DeterminedTitleCaseName(LinkingContext ctx, Sentence s, int verb, ProposedCandidates candidates)
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
        if (ctx.Vocabulary.Resolve(name) is not null || IsVocabularyMethod(ctx, first, last)) return;
        candidates.Add(name, FullNameFor(ctx, name), 0.8, name, s);
    }

    // what applied papers build and name: "a tool, X", "our own application, X"
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Artifacts =
        new HashSet<string>(StringComparer.Ordinal) { "tool", "toolkit", "application", "app", "platform", "chatbot", "assistant", "prototype", "software", "library" }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "In our previous work, we developed X", "we recently proposed X [12]": a past-tense proposal about the authors'
    /// earlier work names no contribution of this paper.
    /// </summary>
    private static bool EarlierWork(LinkingContext ctx, Sentence s, int verb)
    {
        for (var k = s.FirstToken; k < verb; k++)
        {
            if (ctx.IsLower(k, "previous") || ctx.IsLower(k, "previously") || ctx.IsLower(k, "prior") || ctx.IsLower(k, "earlier")
                || ctx.IsLower(k, "recently")) return true;
        }
        return false;
    }

    /// <summary>
    /// "we developed", "we have designed", "we also presented", "we have tested the APIs and developed": the verb's
    /// subject is the paper's authors.
    /// </summary>
    private static bool AfterFirstPersonSubject(LinkingContext ctx, Sentence s, int verb)
    {
        if (ctx.IsLower(verb - 1, "and"))
        {
            // a second verb of the subject's: back to "we" inside the clause
            for (var k = verb - 2; k >= Math.Max(s.FirstToken, verb - 14); k--)
            {
                if (ctx.IsLower(k, "we")) return true;
                if (ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] is ';' or ':' or '(' or ')') return false;
            }
            return false;
        }
        for (var k = verb - 1; k >= Math.Max(s.FirstToken, verb - 3); k--)
        {
            if (ctx.IsLower(k, "we")) return true;
            if (!(ctx.IsLower(k, "have") || ctx.IsLower(k, "also") || ctx.IsLower(k, "further") || ctx.IsLower(k, "then") || ctx.IsLower(k, "first")
                  || ctx.IsLower(k, "successfully"))) return false;
        }
        return false;
    }

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
    private static (int Words, int Last) CapitalizedWords(LinkingContext ctx, Sentence s, int first)
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

    /// <summary>
    /// "we present ArguGPT, a balanced corpus of essays": the apposition after the name says it is data. "A benchmark"
    /// is left out (a benchmark a paper presents is as often a suite of code as a set of data) unless counted in items.
    /// </summary>
    private static bool AppositiveNamesData(LinkingContext ctx, Sentence s, int nameToken)
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
    private static bool NamedAsData(LinkingContext ctx, ProposedCandidate c)
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
    private static bool NamesData(LinkingContext ctx, int from, int to)
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

    private static void OurName(LinkingContext ctx, Sentence s, ProposedCandidates candidates)
    {
        for (var i = s.FirstToken; i < s.EndToken - 1; i++)
        {
            var ours = ctx.IsLower(i, "our");
            var theProposed = ctx.IsLower(i, "the") && ctx.IsLower(i + 1, "proposed");
            if (!ours && !theProposed) continue;
            var j = i + 1;
            while (j < s.EndToken && (ctx.IsLower(j, "proposed") || ctx.IsLower(j, "new") || ctx.IsLower(j, "novel") || ctx.IsLower(j, "method") || ctx.IsLower(j, "model"))) j++;
            // "Our framework, ZorbRL, learns …": the name set off after the kind of thing it is, even one the vocabulary knows
            // ("Our framework, CenterPoint, first detects …": the paper that introduced it)
            if (ours && j + 2 < s.EndToken && ctx.TokenSpan(j + 1) is "," && (HeadWords.Method.Contains(ctx.LowerSpan(j)) || HeadWords.Dataset.Contains(ctx.LowerSpan(j))))
            {
                j += 2;
                if (KnownName(ctx, s, j) is { } setOff && ctx.TokenSpan(NameSpans.GluedEnd(ctx, j, s.EndToken) + 1) is ",")
                {
                    candidates.Add(setOff, FullNameFor(ctx, setOff), 0.8, setOff, s);
                    continue;
                }
            }
            if (j >= s.EndToken) continue;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            var name = ctx.Span(j, last);
            if (ours && !NameSpans.IsNameLike(name) && !ctx.MentionAt.ContainsKey(j) && NameSpans.CapitalizedRunEnd(ctx, j, s.EndToken) is var runEnd && runEnd > j)
            {
                // "Our Stream Batch achieves": two to four capitalized words no vocabulary knows
                last = runEnd;
                name = ctx.Span(j, last);
                if (ctx.Vocabulary.Resolve(name) is null) candidates.Add(name, FullNameFor(ctx, name), 0.6, name, s);
                continue;
            }
            if (!NameSpans.IsNameLike(name) || ctx.MentionAt.ContainsKey(j)) continue;
            // an existing candidate's variant ("our MAFormer-L") stays a variant of it
            candidates.Add(name, FullNameFor(ctx, name), 0.6, name, s);
        }
    }

    private static bool TryName(LinkingContext ctx, Sentence s, int j, out string name, out int last)
    {
        last = NameSpans.GluedEnd(ctx, j, s.EndToken);
        name = ctx.Span(j, last);
        if (ctx.Tokens[j].Kind == TokenKind.Symbol) return false;
        if (NameSpans.IsNameLike(name)) return !IsVocabularyMethod(ctx, j, last);
        if (!NameSpans.IsCapitalizedName(name)) return false;
        // A capitalised word right after "propose" may open a multi-word name: "Neural Sheaf Diffusion", "Dense
        // Reaction-Diffusion Network" (a hyphenated word is one word of the name)
        var k = last + 1;
        for (var words = 1; words < 4 && k < s.EndToken && ctx.Tokens[k].Kind == TokenKind.Word; words++)
        {
            var end = NameSpans.GluedEnd(ctx, k, s.EndToken);
            if (!NameSpans.IsCapitalizedName(ctx.Span(k, end))) break;
            last = end;
            k = end + 1;
        }
        name = ctx.Span(j, last);
        return !IsVocabularyMethod(ctx, j, last);
    }

    // "we derive a …, namely NAFNet", "we propose a network called X": a verb that creates comes before the naming one
    // ("we use a model called BERT" names what it uses)
    private static bool CreatedBefore(LinkingContext ctx, Sentence s, int naming)
    {
        for (var k = s.FirstToken; k < naming; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            if (ctx.IsLower(k, "derive") || ctx.IsLower(k, "derives") || VerbLookup.TryGetValue(ctx.LowerSpan(k), out var verb) && verb is Verb.Propose or Verb.Passive) return true;
        }
        return false;
    }

    /// <summary>A coined name the vocabulary knows as a method, or of another kind (one glued run such as "NAFNet", "BigBird") at token j, or null.</summary>
    private static string? KnownName(LinkingContext ctx, Sentence s, int j, NodeLabel kind = NodeLabel.Method)
    {
        if (j >= s.EndToken || ctx.Tokens[j].Kind != TokenKind.Word) return null;
        var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
        var name = ctx.Span(j, last);
        return NameSpans.IsNameLike(name) && ctx.MentionAt.TryGetValue(j, out var m) && m.LastToken == last && m.Entry.Kind == kind ? name : null;
    }

    private static bool IsVocabularyMethod(LinkingContext ctx, int first, int last) =>
        ctx.MentionAt.TryGetValue(first, out var m) && m.LastToken >= last && m.Entry.Kind != NodeLabel.Concept;

    private static bool IsKnownEntity(LinkingContext ctx, AcronymDefinition a) =>
        ctx.Vocabulary.Resolve(a.Short) is not null || ctx.Vocabulary.Resolve(a.LongForm) is not null
        || ctx.MentionAt.TryGetValue(a.LongFirstToken, out var m) && m.End >= ctx.Tokens[a.ShortToken].Start - 3;

    private static string? FullNameFor(LinkingContext ctx, string name) => ctx.AcronymFor(name)?.LongForm;

}

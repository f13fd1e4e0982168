using KnowledgeGraph.Core.Linking.Text;
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
    /// <param name="ctx">The paper being linked.</param>
    /// <param name="families">Vocabulary entries that three or more entries name as their parent ("Graph Neural Network").</param>
    public static void Run(LinkingContext ctx, IReadOnlySet<string> families)
    {
        var candidates = new ProposedCandidates(ctx);
        TitlePrefixProposals.TitlePrefix(ctx, candidates);
        var titleOpening = TitleNamedProposals.OpeningPhrase(ctx, families);
        TitleNamedProposals.Run(ctx, titleOpening, candidates);
        TitleNamedProposals.Restated(ctx, titleOpening, candidates);
        foreach (var s in ctx.Sentences)
        {
            if (ctx.InTitle(s)) continue;
            CueSentence(ctx, s, titleOpening, candidates);
            OurName(ctx, s, candidates);
        }
        if (candidates.Any()) OwnComponents(ctx, candidates);

        candidates.MergeOverlapping();
        foreach (var c in candidates)
        {
            if (ProposedData.NamedAsData(ctx, c)) ctx.ProposedDatasets.Add((c.Name, c.Sentence, ctx.Tokens[c.Sentence.FirstToken].Start));
            foreach (var key in c.Keys) ctx.ProposedNameByKey.TryAdd(key, c.Name);
            ctx.ProposedNames.Add(c.Name);
            var props = new Dictionary<string, string>();
            if (c.FullName is not null) props["fullName"] = c.FullName;
            var entry = ctx.Vocabulary.Resolve(c.Name, NodeLabel.Method);
            if (entry?.Parent is { } parent) props["parent"] = parent;
            ctx.Add(RelationshipType.Proposes, NodeLabel.Method, entry?.Canonical ?? c.Name, c.Surface, c.Sentence, c.Confidence, Name, entry is null, props);
        }
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
                    if (ProposedData.NamesData(ctx, s.FirstToken, j)) ctx.ProposedDatasets.Add((name, s, ctx.Tokens[j].Start));
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
                if (ProposedData.AppositiveNamesData(ctx, s, i + 1)) ctx.ProposedDatasets.Add((direct, s, ctx.Tokens[i + 1].Start));
            }
            // "we propose, BigBird, a sparse attention mechanism": the name set off by commas is the verb's object, known or not
            if (active && !named && ctx.TokenSpan(i + 1) is "," && KnownName(ctx, s, i + 2) is { } setOff && ctx.TokenSpan(NameSpans.GluedEnd(ctx, i + 2, s.EndToken) + 1) is ",")
            {
                candidates.Add(setOff, FullNameFor(ctx, setOff), 0.85, setOff, s);
                named = true;
            }
            // "we present Imagen, a text-to-image diffusion model", "we introduce LLaVA: Large Language and Vision Assistant": a
            // name the vocabulary knows, defined as it is proposed, is the paper's own (the paper that introduced it); so is
            // a name it starts ("we present DeepSpeed Data Efficiency, a framework")
            if (active && !named && KnownName(ctx, s, i + 1, capitalized: true) is { } knownDefined)
            {
                var knownEnd = NameSpans.GluedEnd(ctx, i + 1, s.EndToken);
                var runEnd = CapitalizedWordsAfter(ctx, s, knownEnd);
                if (DefinedAfter(ctx, s, runEnd))
                {
                    var whole = runEnd > knownEnd ? ctx.Span(i + 1, runEnd) : knownDefined;
                    candidates.Add(whole, FullNameFor(ctx, whole), 0.8, whole, s);
                    named = true;
                }
            }
            // "we introduce MultiQ, a new silver standard benchmark": a released dataset the vocabulary already lists is still
            // the paper's own
            if (active && !named && KnownName(ctx, s, i + 1, NodeLabel.Dataset) is { } knownData && ProposedData.AppositiveNamesData(ctx, s, i + 1))
            {
                candidates.Add(knownData, FullNameFor(ctx, knownData), 0.85, knownData, s);
                ctx.ProposedDatasets.Add((knownData, s, ctx.Tokens[i + 1].Start));
                named = true;
            }
            // "introduces a generic framework W2PGNN", "we present a novel benchmark, X"
            if (active) ProposedNamePhrases.AfterHeadNoun(ctx, s, i, candidates);
            // "we present the Wake-Sleep Recurrent Attention Model, a method for …"
            if (active && !named) ProposedNamePhrases.DeterminedTitleCaseName(ctx, s, i, candidates);
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
                if (IsKnownEntity(ctx, a) && !(active && ObjectOfVerb(ctx, i, a.LongFirstToken) && TitleCased(a.LongForm)) || UsedNotProposed(ctx, a) || ForAnother(ctx, a)) continue;
                var confidence = named ? 0.45 : coordinated ? previousConfidence : rank == 0 ? 0.85 : 0.55;
                rank++;
                candidates.Add(a.Short, a.LongForm, confidence, a.Short, s);
                // "we propose the … Evaluation (MIRAGE), a first-of-its-kind benchmark including 7,663 questions"
                if (rank == 1 && ProposedData.AppositiveNamesData(ctx, s, a.ShortToken + 1)) ctx.ProposedDatasets.Add((a.Short, s, ctx.Tokens[a.ShortToken].Start));
                previous = a;
                previousConfidence = confidence;
            }
            // "we propose two mechanisms: Clip parallelism and Dual-scope attention"
            if (active && !named) ProposedNamePhrases.ColonList(ctx, s, i, candidates);
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

    /// <summary>
    /// "processing them through the Cross-Timestep Fusion (CTF) and Cross-Variate Fusion (CVF) modules": in a paper that
    /// proposes something, a name it defines in title case, that no vocabulary knows and that ends in a noun of a model's
    /// part ("Fusion", "Module", "Encoder"), is one of its own parts ("Deep Learning (DL)", "Knowledge Graph (KG)" are not).
    /// Not in a run of three or more definitions (a list of what the work covers), nor where the sentence speaks of earlier
    /// work.
    /// </summary>
    private static void OwnComponents(LinkingContext ctx, ProposedCandidates candidates)
    {
        HashSet<AcronymDefinition>? inLongLists = null;
        var lastSentence = -1;
        foreach (var a in ctx.Acronyms)
        {
            if (a.Sentence != lastSentence)
            {
                inLongLists = InLongCoordinatedLists(ctx, ctx.AcronymsIn(a.Sentence));
                lastSentence = a.Sentence;
            }
            var s = ctx.Sentences[a.Sentence];
            if (ctx.InTitle(s) || inLongLists?.Contains(a) == true || !TitleCased(a.LongForm) || !a.LongForm.Contains(' ')) continue;
            if (!PartNouns.Contains(HeadWords.LastWord(a.LongForm))) continue;
            if (IsKnownEntity(ctx, a) || UsedNotProposed(ctx, a) || ForAnother(ctx, a) || Cues.HasAny(ctx, s, Cues.ProposalPriorWork)) continue;
            candidates.Add(a.Short, a.LongForm, 0.6, a.Short, s);
        }
    }

    // "a strategy for the Cross-Scan Module (CSM)": what the paper's part is for belongs to another model
    private static bool ForAnother(LinkingContext ctx, AcronymDefinition a) =>
        ctx.IsLower(a.LongFirstToken - 1, "the") && ctx.IsLower(a.LongFirstToken - 2, "for");

    private static readonly WordSet PartNouns = new(
    [
        "module", "modules", "block", "blocks", "network", "net", "encoder", "decoder", "head", "layer", "unit", "branch", "mechanism",
        "attention", "fusion", "adapter", "transformer", "loss", "estimator", "predictor", "generator", "discriminator", "refinement",
        "aggregation", "alignment", "embedding", "tokenizer", "router", "gate", "gating", "pooling", "convolution",
    ], StringComparer.OrdinalIgnoreCase);

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
            // "Our tracker, CenterTrack, applies …": an agent noun names the kind of thing too
            if (ours && j + 2 < s.EndToken && ctx.TokenSpan(j + 1) is "," && (HeadWords.Method.Contains(ctx.LowerSpan(j)) || HeadWords.Dataset.Contains(ctx.LowerSpan(j))
                    || IsAgentNoun(ctx, j)))
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
    // ", a text-to-image diffusion model": an appositive that says what the name is; ": Large Language and Vision
    // Assistant": the name's expansion
    private static bool DefinedAfter(LinkingContext ctx, Sentence s, int last) =>
        last + 2 < s.EndToken && (ctx.TokenSpan(last + 1) is "," && (ctx.IsLower(last + 2, "a") || ctx.IsLower(last + 2, "an"))
                                  || ctx.TokenSpan(last + 1) is ":" && char.IsUpper(ctx.Text[ctx.Tokens[last + 2].Start]));

    // "DeepSpeed Data Efficiency": up to three capitalized words no vocabulary knows after a known name; the last token
    private static int CapitalizedWordsAfter(LinkingContext ctx, Sentence s, int last)
    {
        for (var words = 0; words < 3 && last + 1 < s.EndToken && ctx.Tokens[last + 1].Kind == TokenKind.Word && ctx.Tokens[last + 1].SpaceBefore
                            && char.IsUpper(ctx.Text[ctx.Tokens[last + 1].Start]) && !ctx.MentionAt.ContainsKey(last + 1); words++)
        {
            last = NameSpans.GluedEnd(ctx, last + 1, s.EndToken);
        }
        return last;
    }

    // "tracker", "detector", "retriever": what a system is called by what it does
    private static bool IsAgentNoun(LinkingContext ctx, int k) =>
        ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[k].Start]) && ctx.Tokens[k].Length > 5
        && (ctx.LowerSpan(k).EndsWith("er") || ctx.LowerSpan(k).EndsWith("or")) && !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(k));

    // capitalized: a plain capitalized word ("Imagen") counts as a name, where what follows says it is one
    private static string? KnownName(LinkingContext ctx, Sentence s, int j, NodeLabel kind = NodeLabel.Method, bool capitalized = false)
    {
        if (j >= s.EndToken || ctx.Tokens[j].Kind != TokenKind.Word) return null;
        var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
        var name = ctx.Span(j, last);
        return (NameSpans.IsNameLike(name) || capitalized && NameSpans.IsCapitalizedName(name)) && ctx.MentionAt.TryGetValue(j, out var m) && m.LastToken == last && m.Entry.Kind == kind ? name : null;
    }

    internal static bool IsVocabularyMethod(LinkingContext ctx, int first, int last) =>
        ctx.MentionAt.TryGetValue(first, out var m) && m.LastToken >= last && m.Entry.Kind != NodeLabel.Concept;

    private static bool IsKnownEntity(LinkingContext ctx, AcronymDefinition a) =>
        ctx.Vocabulary.Resolve(a.Short) is not null || ctx.Vocabulary.Resolve(a.LongForm) is not null
        || ctx.MentionAt.TryGetValue(a.LongFirstToken, out var m) && m.End >= ctx.Tokens[a.ShortToken].Start - 3;

    internal static string? FullNameFor(LinkingContext ctx, string name) => ctx.AcronymFor(name)?.LongForm;

}

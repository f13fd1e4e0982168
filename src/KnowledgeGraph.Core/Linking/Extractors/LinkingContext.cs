using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Everything the extractors share about one paper: the text (title + "\n" + abstract), its tokens, sentences,
/// vocabulary mentions and acronyms, and the links found so far. Built once per paper; not thread-safe.
/// </summary>
internal sealed class LinkingContext
{
    public LinkingContext(string title, string? abstractText, EntityVocabulary vocabulary, LinkerOptions options)
    {
        Title = title.Length > options.MaxTextLength ? title[..options.MaxTextLength] : title;
        var body = abstractText ?? "";
        if (body.Length > options.MaxTextLength) body = body[..options.MaxTextLength];
        Text = Title + "\n" + body;
        Lowered = Text.ToLowerInvariant();
        TitleEnd = Title.Length;
        Vocabulary = vocabulary;
        Options = options;
        Tokens = Tokenizer.TokenizeToArray(Text);

        var spans = SentenceSplitter.Split(Text);
        var t = 0;
        foreach (var (start, length) in spans)
        {
            while (t < Tokens.Length && Tokens[t].Start < start) t++;
            var first = t;
            while (t < Tokens.Length && Tokens[t].Start < start + length) t++;
            Sentences.Add(new Sentence(Sentences.Count, start, start + length, first, t));
        }
        foreach (var s in Sentences)
        {
            vocabulary.Match(Text, Lowered, Tokens, s.FirstToken, s.EndToken, Mentions);
        }
        MentionAt = new MentionIndex(Tokens.Length, Mentions);
        DatasetAt = new TokenNames(t => SentenceOf(t).Index);
        MethodAt = new TokenNames(t => SentenceOf(t).Index);
    }

    public string Title { get; }
    public string Text { get; }
    public string Lowered { get; }
    public int TitleEnd { get; }
    public EntityVocabulary Vocabulary { get; }
    public LinkerOptions Options { get; }
    public Token[] Tokens { get; }
    public List<Sentence> Sentences { get; } = [];
    public List<VocabularyMention> Mentions { get; } = [];
    /// <summary>Token index → the vocabulary mention covering it.</summary>
    public MentionIndex MentionAt { get; }
    public List<AcronymDefinition> Acronyms { get; } = [];
    /// <summary>Metrics some result was tied to (filled by <see cref="ResultExtractor"/>).</summary>
    public HashSet<string> ResultMetrics { get; } = [];

    /// <summary>
    /// A metric's acronym that is not that metric here: glued to more of a name ("ADE20k" is no Average Displacement
    /// Error), or defined by the text as something else ("masked autoencoder (MAE)" is no Mean Absolute Error). Asked by
    /// the result and the metric extractors alike, answered once per mention.
    /// </summary>
    public bool IsOtherThanMetric(VocabularyMention m)
    {
        if (m.FirstToken != m.LastToken) return false;
        _otherThanMetric ??= [];
        if (_otherThanMetric.TryGetValue(m.FirstToken, out var known)) return known;
        var other = ReadsAsOtherThanMetric(m);
        _otherThanMetric[m.FirstToken] = other;
        return other;
    }

    private Dictionary<int, bool>? _otherThanMetric;

    private bool ReadsAsOtherThanMetric(VocabularyMention m)
    {
        // "ADE20k", "MSEloss": more of a name glued on; "BLEU4", "AP75" are the metric with its cut-off
        var next = m.LastToken + 1;
        if (next < Tokens.Length && !Tokens[next].SpaceBefore
            && (Tokens[next].Kind == TokenKind.Word || Tokens[next].Kind == TokenKind.Number && next + 1 < Tokens.Length && !Tokens[next + 1].SpaceBefore && Tokens[next + 1].Kind == TokenKind.Word))
        {
            return true;
        }
        var surface = Text[m.Start..m.End];
        return AcronymFor(surface) is { } defined && defined.Short == surface
               && Vocabulary.Resolve(defined.LongForm, NodeLabel.Metric) is null && !SoundsLikeAMeasure(defined.LongForm);
    }

    // "area under the receiver operating curve (AUROC)", "mean squared error": a long form that names a measure
    private static bool SoundsLikeAMeasure(string longForm)
    {
        foreach (var word in longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (HeadWords.Metric.Contains(word) || word.Equals("curve", StringComparison.OrdinalIgnoreCase) || word.Equals("area", StringComparison.OrdinalIgnoreCase)
                || word.Equals("mean", StringComparison.OrdinalIgnoreCase) || word.Equals("average", StringComparison.OrdinalIgnoreCase)
                || word.Equals("index", StringComparison.OrdinalIgnoreCase) || word.Equals("loss", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a mention is only part of a longer hyphenated name: "AP" in "AP-BWE", "Swin" in "Dual-Swin-L".
    /// </summary>
    public bool IsEmbedded(VocabularyMention m)
    {
        bool Glued(int symbol, int word) =>
            symbol >= 0 && word >= 0 && word < Tokens.Length && symbol < Tokens.Length && Tokens[symbol].Kind == TokenKind.Symbol
            && Text[Tokens[symbol].Start] is '-' or '‐' && Tokens[word].Kind == TokenKind.Word;
        var before = m.FirstToken > 0 && !Tokens[m.FirstToken].SpaceBefore && Glued(m.FirstToken - 1, m.FirstToken - 2) && !Tokens[m.FirstToken - 1].SpaceBefore;
        var after = m.LastToken + 2 < Tokens.Length && !Tokens[m.LastToken + 1].SpaceBefore && !Tokens[m.LastToken + 2].SpaceBefore
                    && Glued(m.LastToken + 1, m.LastToken + 2) && Tokens[m.LastToken + 2].Length > 1
                    && !IsSuffixWord(m.LastToken + 2) && !IsVariantWord(m.LastToken + 2);
        return before || after;
    }

    /// <summary>
    /// True when a generated-vocabulary entry written as one plain capitalized word ("Space", "Electric") stands inside
    /// a run of capitalized words in running text: "State Space Block", "Hebei Electric Power Company" name something
    /// else. Titles capitalize every word and curated names ("Mamba") are trusted, so neither is checked.
    /// </summary>
    public bool IsWordOfLongerName(VocabularyMention m)
    {
        if (m.FirstToken != m.LastToken || m.Entry.Source == "curated.tsv") return false;
        var word = Text.AsSpan(m.Start, m.End - m.Start);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !IsLowerWord(word[1..])) return false;
        var s = SentenceOf(m.FirstToken);
        if (InTitle(s)) return false;
        return CapitalizedWordAt(m.FirstToken - 1, s.FirstToken + 1, s.EndToken) || CapitalizedWordAt(m.LastToken + 1, s.FirstToken + 1, s.EndToken);
    }

    /// <summary>
    /// True when a mention is a word group of one of the paper's own names written around it: "Language Modeling" in
    /// "we propose a pre-training objective, Layer Permutation Language Modeling".
    /// </summary>
    public bool IsInsideProposedName(VocabularyMention m)
    {
        var surface = Text.AsSpan(m.Start, m.End - m.Start);
        foreach (var name in ProposedNames)
        {
            if (name.Length <= surface.Length) continue;
            var at = name.AsSpan().IndexOf(surface, StringComparison.Ordinal);
            if (at < 0 || m.Start - at < 0 || m.Start - at + name.Length > Text.Length) continue;
            if (Text.AsSpan(m.Start - at, name.Length).SequenceEqual(name)) return true;
        }
        return false;
    }

    private bool CapitalizedWordAt(int i, int from, int end) =>
        i >= from && i < end && Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Start]);

    private static bool IsLowerWord(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsLower(c)) return false;
        }
        return true;
    }

    // "CNN-based", "Transformer-like": the mention is the real entity
    private bool IsSuffixWord(int i) => NameSpans.IsModifierSuffix(LowerSpan(i));

    // "BERT-base", "T5-large", "Llama-2-Chat", "GPT-4-turbo": a size or release of the model, still the model
    private bool IsVariantWord(int i) =>
        LowerSpan(i) is "base" or "large" or "small" or "tiny" or "mini" or "medium" or "huge" or "giant" or "xl" or "xxl" or "chat" or "instruct"
            or "turbo" or "pro" or "ultra" or "nano" or "lite" or "uncased" or "cased" or "multilingual";

    private ulong[]? _cueMasks;

    /// <summary>Per sentence, the cue lists it contains, 0 until computed (see <see cref="Cues"/>).</summary>
    public ulong[] CueMasks => _cueMasks ??= new ulong[Sentences.Count];
    /// <summary>Name key of every name the paper's own methods go by (acronym, long form) → the method's name (filled by <see cref="ProposedMethodExtractor"/>).</summary>
    public Dictionary<string, string> ProposedNameByKey { get; } = new(StringComparer.Ordinal);
    /// <summary>The paper's own method names as written (filled by <see cref="ProposedMethodExtractor"/>).</summary>
    public List<string> ProposedNames { get; } = [];
    /// <summary>Datasets or benchmarks the paper itself releases (name, sentence, offset).</summary>
    public List<(string Name, Sentence Sentence, int Anchor)> ProposedDatasets { get; } = [];
    /// <summary>Name keys of the baselines (filled by <see cref="BaselineExtractor"/>).</summary>
    public HashSet<string> ComparedKeys { get; } = [];
    /// <summary>Token indexes inside a comparison's scope (after "outperforms", "compared with" ...).</summary>
    public HashSet<int> ComparisonScope { get; } = [];
    public List<EntityLink> Links { get; } = [];
    /// <summary>Per sentence, the tokens naming one of the paper's own methods, in order (see <see cref="ResultExtractor"/>).</summary>
    public Dictionary<int, List<(int Token, string Name)>> ProposedIn { get; } = [];
    /// <summary>Where datasets and methods were named (token index → canonical name), for tying results to them.</summary>
    public TokenNames DatasetAt { get; }
    public TokenNames MethodAt { get; }

    /// <summary>Acronym definitions of one sentence.</summary>
    public IReadOnlyList<AcronymDefinition> AcronymsIn(int sentence)
    {
        _acronymsBySentence ??= Acronyms.GroupBy(a => a.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        return _acronymsBySentence.TryGetValue(sentence, out var list) ? list : [];
    }

    /// <summary>The definition of an acronym (by name key), or null.</summary>
    public AcronymDefinition? AcronymFor(string name)
    {
        if (_acronymsByKey is null)
        {
            _acronymsByKey = [];
            foreach (var a in Acronyms) _acronymsByKey.TryAdd(NameKey.Of(a.Short), a);
        }
        return _acronymsByKey.GetValueOrDefault(NameKey.Of(name));
    }

    /// <summary>True when some acronym's long form has this name key.</summary>
    public bool IsAcronymLongForm(string name)
    {
        _acronymLongKeys ??= Acronyms.Select(a => NameKey.Of(a.LongForm)).ToHashSet();
        return _acronymLongKeys.Contains(NameKey.Of(name));
    }

    /// <summary>True when the word is written right before "task" or "tasks" somewhere ("EPBL tasks").</summary>
    public bool PrecedesTask(string word)
    {
        if (_beforeTask is null)
        {
            _beforeTask = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < Tokens.Length; i++)
            {
                if (IsLower(i + 1, "task") || IsLower(i + 1, "tasks")) _beforeTask.Add(TokenText(i));
            }
        }
        return _beforeTask.Contains(word);
    }

    private Dictionary<int, List<AcronymDefinition>>? _acronymsBySentence;
    private Dictionary<string, AcronymDefinition>? _acronymsByKey;
    private HashSet<string>? _acronymLongKeys;
    private HashSet<string>? _beforeTask;

    public bool IsProposed(string name) => ProposedNameOf(name) is not null;

    /// <summary>The paper's own method that <paramref name="name"/> names (its acronym, long form or a variant "X-L"), or null.</summary>
    public string? ProposedNameOf(string name)
    {
        if (ProposedNameByKey.TryGetValue(VocabularyKey(name), out var proposed)) return proposed;
        foreach (var p in ProposedNames)
        {
            if (name.StartsWith(p + "-", StringComparison.Ordinal)) return p;
        }
        return null;
    }

    private static string VocabularyKey(string name) => NameKey.Of(name);

    public string TokenText(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Length);

    /// <summary>
    /// The token as written, without the allocation of <see cref="TokenText"/>: for per-token tests. Empty outside the
    /// text, like <see cref="IsLower"/>, so that a test of the token before the first ("99% of …") is simply false.
    /// </summary>
    public ReadOnlySpan<char> TokenSpan(int i) => i >= 0 && i < Tokens.Length ? Text.AsSpan(Tokens[i].Start, Tokens[i].Length) : [];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> LowerSpan(int i)
    {
        ref readonly var token = ref Tokens[i];
        return Lowered.AsSpan(token.Start, token.Length);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsLower(int i, string word) => i >= 0 && i < Tokens.Length && LowerSpan(i).SequenceEqual(word);

    public bool LowerStartsWith(int i, string prefix) => i >= 0 && i < Tokens.Length && LowerSpan(i).StartsWith(prefix, StringComparison.Ordinal);

    public Sentence SentenceOf(int token)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].EndToken <= token) lo = mid + 1;
            else if (Sentences[mid].FirstToken > token) hi = mid - 1;
            else return Sentences[mid];
        }
        return Sentences.Count > 0 ? Sentences[^1] : new Sentence(0, 0, Text.Length, 0, Tokens.Length);
    }

    public bool InTitle(Sentence s) => s.Start < TitleEnd;

    /// <summary>
    /// The title announces a review, survey, overview, tutorial or history ("A Survey of …", "…: A Systematic Review",
    /// "History of …", "Reviewing …"): the methods it names as examples are its subject, not prior work set aside.
    /// "Code Review Automation", "survey data" and "patient history" announce none.
    /// </summary>
    public bool IsReview => _isReview ??= TitleAnnouncesReview();

    private bool? _isReview;

    private static readonly string[] ReviewWords = ["review", "reviews", "survey", "surveys", "overview", "tutorial", "history"];

    // "a systematic review", "A Comprehensive Survey", "a brief history"
    private static readonly string[] ReviewKinds =
        ["a", "an", "systematic", "comprehensive", "literature", "scoping", "brief", "critical", "narrative", "short", "concise", "structured"];

    private bool TitleAnnouncesReview()
    {
        var end = 0;
        while (end < Tokens.Length && Tokens[end].Start < TitleEnd) end++;
        for (var i = 0; i < end; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word) continue;
            if (i == 0 && IsLower(i, "reviewing")) return true;
            if (!ReviewWords.Any(w => IsLower(i, w))) continue;
            var followed = i + 1 >= end || IsLower(i + 1, "of") || IsLower(i + 1, "on") || IsLower(i + 1, "and")
                           || Tokens[i + 1].Kind == TokenKind.Symbol && Text[Tokens[i + 1].Start] is ':' or ',' or '.' or '?';
            var introduced = i > 0 && ReviewKinds.Any(w => IsLower(i - 1, w));
            if (followed || introduced) return true;
        }
        return false;
    }

    public string SentenceText(Sentence s) => Text[s.Start..s.End];

    public string Span(int firstToken, int lastToken) => Text[Tokens[firstToken].Start..Tokens[lastToken].End];

    /// <summary>
    /// Adds a link with the sentence as evidence. <c>anchor</c> is the character offset of the mention: a very long
    /// "sentence" is cut to a window around it.
    /// </summary>
    public void Add(RelationshipType type, NodeLabel label, string name, string surface, Sentence sentence, double confidence,
        string extractor, bool discovered, IReadOnlyDictionary<string, string>? properties = null, int anchor = -1)
    {
        if (confidence < Options.MinConfidence || name.Length == 0) return;
        // a name read from a title broken over lines ("Computer\n  Vision") is one name with single spaces
        if (name.AsSpan().IndexOfAny(LineBreaksAndTabs) >= 0 || name.Contains("  ", StringComparison.Ordinal)) name = CollapseWhitespace(name);
        var (evidence, evidenceStart) = Evidence(sentence, anchor);
        Links.Add(new EntityLink
        {
            Type = type,
            Label = label,
            Name = name,
            Surface = surface,
            Evidence = evidence,
            EvidenceStart = evidenceStart,
            Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2),
            Extractor = extractor,
            Discovered = discovered,
            Properties = properties ?? NoProperties,
        });
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaksAndTabs = System.Buffers.SearchValues.Create("\n\r\t");

    private static string CollapseWhitespace(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Longest evidence kept whole; a longer run of text without a sentence end is cut around the mention.</summary>
    public const int MaxEvidenceLength = 600;

    private readonly Dictionary<int, string> _sentenceTexts = [];

    private (string Text, int Start) Evidence(Sentence s, int anchor)
    {
        if (s.End - s.Start <= MaxEvidenceLength)
        {
            if (!_sentenceTexts.TryGetValue(s.Index, out var text))
            {
                text = SentenceText(s);
                _sentenceTexts[s.Index] = text;
            }
            return (text, s.Start);
        }
        var start = Math.Clamp(anchor < 0 ? s.Start : anchor - MaxEvidenceLength / 3, s.Start, s.End - MaxEvidenceLength);
        return (Text.Substring(start, MaxEvidenceLength), start);
    }

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <summary>The is-a parent as a link property; links without one share a single empty (never mutated) map.</summary>
    public static IReadOnlyDictionary<string, string> ParentProperty(string? parent) =>
        parent is null ? NoProperties : new Dictionary<string, string> { ["parent"] = parent };
}

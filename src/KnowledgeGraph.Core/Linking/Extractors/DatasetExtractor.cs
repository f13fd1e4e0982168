using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Datasets and benchmarks: vocabulary mentions, "the X dataset / benchmark", and names after "on" in sentences that
/// report an evaluation ("results on ogbn-papers100M"). Emits <see cref="RelationshipType.EvaluatesOn"/>.
/// </summary>
internal static class DatasetExtractor
{
    public const string Name = "dataset";

    // "multiple PDE datasets", "six public datasets": a kind of data, not a named dataset
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "multiple", "several", "various", "different", "public", "many", "few", "other", "these", "those", "all", "popular",
        "standard", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "diverse", "large", "real-world",
    };

    public static void Run(LinkingContext ctx)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Dataset || ctx.IsEmbedded(m) || ctx.IsWordOfLongerName(m)) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            // a title capitalizes every word: "Hate Speech in Social Media" names no dataset
            if (ctx.InTitle(s) && !LooksLikeName(ctx.Text[m.Start..m.End])) continue;
            var evaluation = Cues.HasAny(ctx, s, Cues.Evaluation) || Cues.HasAny(ctx, s, Cues.FirstPerson) || HasMeasurement(ctx, s);
            var surface = ctx.Text[m.Start..m.End];
            // "FDF: Flexible Decoupled Framework …": the paper's own method, though a dataset elsewhere shares its name
            if (ctx.IsProposed(surface) && !ProposedAsData(ctx, surface) && !TitleNamesData(ctx, surface)) continue;
            var confidence = evaluation || ctx.InTitle(s) ? 0.85 : LooksLikeName(surface) ? 0.6 : 0.45;
            if (NumberedEdition(ctx, m.LastToken, s) is var edition and > 0)
            {
                // "FLORES-200", "AlpacaEval 2": a numbered edition the vocabulary does not list is a dataset of its own
                var numbered = ctx.Text[m.Start..ctx.Tokens[edition].End];
                var known = ctx.Vocabulary.Resolve(numbered, NodeLabel.Dataset);
                ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, known?.Canonical ?? numbered, numbered, s, confidence, Name, known is null,
                    LinkingContext.ParentProperty(known?.Parent ?? m.Entry.Canonical), anchor: m.Start);
                ctx.DatasetAt[m.FirstToken] = known?.Canonical ?? numbered;
                continue;
            }
            ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, m.Entry.Canonical, ctx.Text[m.Start..m.End], s, confidence, Name, false,
                LinkingContext.ParentProperty(m.Entry.Parent), anchor: m.Start);
            ctx.DatasetAt[m.FirstToken] = m.Entry.Canonical;
            foreach (var sibling in Siblings(ctx, m.LastToken, surface, s.EndToken))
            {
                ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, sibling.Canonical, sibling.Surface, s, confidence, Name, false,
                    LinkingContext.ParentProperty(sibling.Parent), anchor: ctx.Tokens[sibling.Token].Start);
                ctx.DatasetAt[sibling.Token] = sibling.Canonical;
            }
        }
        foreach (var s in ctx.Sentences)
        {
            HeadNounPattern(ctx, s);
            OnPattern(ctx, s);
            DatasetLists.Parenthesized(ctx, s);
        }
        DatasetLists.ListMates(ctx);
        DatasetLists.OneForAcronymAndLongForm(ctx);
        foreach (var (name, s, anchor) in ctx.ProposedDatasets)
        {
            ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, name, name, s, 0.75, Name + ":released", true, anchor: anchor);
        }
        // "the Dutch Abusive Language Corpus (DALC v1.0)": an acronym for a corpus / dataset / benchmark
        foreach (var a in ctx.Acronyms)
        {
            if (!HeadWords.Dataset.Contains(HeadWords.LastWord(a.LongForm)) || ctx.Vocabulary.Resolve(a.Short, NodeLabel.Method) is not null) continue;
            var s = ctx.Sentences[a.Sentence];
            ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, ctx.Vocabulary.Resolve(a.Short, NodeLabel.Dataset)?.Canonical ?? a.Short, a.LongForm + " (" + a.Short + ")", s, 0.7,
                Name + ":acronym", ctx.Vocabulary.Resolve(a.Short, NodeLabel.Dataset) is null, new Dictionary<string, string> { ["fullName"] = a.LongForm });
            ctx.DatasetAt[a.ShortToken] = a.Short;
        }
    }

    /// <summary>
    /// The number of an edition written after a dataset's name: glued by a hyphen ("FLORES-200"; not a year, "COCO-2017")
    /// or a lone digit after a space ("AlpacaEval 2", "AlpacaEval 2.0") that no unit or further number follows, or two or
    /// four digits glued on ("IWSLT14", "WMT2016"; "VOC07+12" is a union of editions). Its token, or -1.
    /// </summary>
    private static int NumberedEdition(LinkingContext ctx, int last, Sentence s)
    {
        var k = last + 1;
        if (k + 1 < s.EndToken && ctx.TokenSpan(k) is "-" && !ctx.Tokens[k].SpaceBefore && !ctx.Tokens[k + 1].SpaceBefore && ctx.Tokens[k + 1].Kind == TokenKind.Number)
        {
            var number = ctx.TokenSpan(k + 1);
            var year = number.Length == 4 && number[0] is '1' or '2';
            var glued = k + 2 < s.EndToken && !ctx.Tokens[k + 2].SpaceBefore && ctx.Tokens[k + 2].Kind is TokenKind.Word or TokenKind.Number;
            return year || glued ? -1 : k + 1;
        }
        if (k < s.EndToken && !ctx.Tokens[k].SpaceBefore && ctx.Tokens[k].Kind == TokenKind.Number && ctx.Tokens[k].Length is 2 or 4
            && ctx.Tokens[last].Kind == TokenKind.Word && !ctx.TokenSpan(k).Contains('.')
            && !(k + 1 < s.EndToken && !ctx.Tokens[k + 1].SpaceBefore && (ctx.Tokens[k + 1].Kind is TokenKind.Word or TokenKind.Number || ctx.TokenSpan(k + 1) is "+")))
        {
            return k;
        }
        if (k < s.EndToken && ctx.Tokens[k].SpaceBefore && ctx.Tokens[k].Kind == TokenKind.Number && ctx.Tokens[k].Length is 1 or 3
            && char.IsAsciiDigit(ctx.Text[ctx.Tokens[k].Start]) && (ctx.Tokens[k].Length == 1 || ctx.TokenSpan(k).EndsWith(".0")))
        {
            var next = k + 1;
            return next >= s.EndToken || ctx.TokenSpan(next) is "," or "." or ";" or ")" || ctx.IsLower(next, "and") || ctx.IsLower(next, "benchmark")
                ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// "CIFAR10/100", "ImageNet-1k/21k": numbers glued after a dataset name by '/' name its siblings, when the vocabulary
    /// knows the name with the trailing number swapped.
    /// </summary>
    private static IEnumerable<(string Canonical, string? Parent, string Surface, int Token)> Siblings(LinkingContext ctx, int last, string surface, int end)
    {
        if (VersionSibling(ctx, last, surface, end) is { } version)
        {
            yield return version;
            yield break;
        }
        var stem = surface.TrimEnd("0123456789kKmM".ToCharArray());
        if (stem.Length == surface.Length || stem.Length == 0) yield break;
        var tail = surface[stem.Length..];
        var suffix = char.IsLetter(tail[^1]) ? tail[^1..] : "";
        for (var k = last + 1; k + 1 < end; k += 2)
        {
            if (ctx.TokenText(k) != "/" || ctx.Tokens[k].SpaceBefore || ctx.Tokens[k + 1].SpaceBefore || ctx.Tokens[k + 1].Kind != TokenKind.Number) yield break;
            var number = ctx.TokenText(k + 1);
            var glued = k + 2 < end && !ctx.Tokens[k + 2].SpaceBefore && ctx.Tokens[k + 2].Kind == TokenKind.Word ? ctx.TokenText(k + 2) : "";
            if (glued.Length > 1) yield break;
            var name = stem + number + (glued.Length == 1 ? glued : suffix);
            if (ctx.Vocabulary.Resolve(name, NodeLabel.Dataset) is { } entry) yield return (entry.Canonical, entry.Parent, name, k + 1);
            if (glued.Length == 1) k++;
        }
    }

    /// <summary>
    /// "Something-Something V1 and V2", "Something-Something V1&amp;V2": a version after a versioned name is a sibling of it,
    /// when the vocabulary knows the name with that version.
    /// </summary>
    private static (string Canonical, string? Parent, string Surface, int Token)? VersionSibling(LinkingContext ctx, int last, string surface, int end)
    {
        var space = surface.LastIndexOf(' ');
        if (space < 0 || !IsVersion(surface[(space + 1)..])) return null;
        var k = last + 1;
        if (k < end && (ctx.IsLower(k, "and") || ctx.TokenText(k) is "&" or "/" or ",")) k++;
        if (k >= end || k == last + 1 || ctx.Tokens[k].Kind != TokenKind.Word) return null;
        var version = ctx.Span(k, NameSpans.GluedEnd(ctx, k, end));
        if (!IsVersion(version)) return null;
        var name = surface[..(space + 1)] + version;
        return ctx.Vocabulary.Resolve(name, NodeLabel.Dataset) is { } entry ? (entry.Canonical, entry.Parent, name, k) : null;
    }

    // "V2", "v1.0": a version, no name of its own
    private static bool IsVersion(string word) =>
        word.Length >= 2 && word[0] is 'V' or 'v' && char.IsAsciiDigit(word[1]) && word.AsSpan(1).IndexOfAnyExcept(VersionChars) < 0;

    private static readonly System.Buffers.SearchValues<char> VersionChars = System.Buffers.SearchValues.Create("0123456789.");

    private static bool HasMeasurement(LinkingContext ctx, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Number && ResultValues.IsMeasurement(ctx, k)) return true;
        }
        return false;
    }

    // "Human ChatGPT Comparison Corpus": a plain capitalized word after another capitalized word is a piece of a longer name
    private static bool WordOfLongerName(LinkingContext ctx, string name, int first, Sentence s) =>
        !NameSpans.IsNameLike(name) && first - 1 > s.FirstToken && ctx.Tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(ctx.Text[ctx.Tokens[first - 1].Start]);

    private static bool LooksLikeName(string surface) =>
        surface.Any(char.IsDigit) || surface.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Count(char.IsUpper) >= 2);

    // "the MIT dataset", "Cora and Citeseer datasets", "the LRGB benchmark"
    private static void HeadNounPattern(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken + 1; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word || ctx.Lowered[ctx.Tokens[i].Start] is not ('d' or 'b' or 'c' or 's')
                || !HeadWords.Dataset.Contains(ctx.LowerSpan(i)) || ctx.MentionAt.ContainsKey(i)) continue;
            var last = i - 1;
            // "task-oriented dialogue (TOD) datasets": the candidate is the acronym inside the brackets, not "TOD)"
            if (last - 2 >= s.FirstToken && ctx.Text[ctx.Tokens[last].Start] == ')' && ctx.Text[ctx.Tokens[last - 2].Start] == '('
                && ctx.Tokens[last - 1].Kind == TokenKind.Word) last--;
            while (last >= s.FirstToken)
            {
                var first = NameSpans.GluedStart(ctx, last, s.FirstToken);
                var name = ctx.Span(first, last);
                if (!IsDatasetName(ctx, name, first, s) || WordOfLongerName(ctx, name, first, s)) break;
                Emit(ctx, s, first, name, 0.7);
                // a list: "X, Y and Z datasets"
                var k = first - 1;
                if (k >= s.FirstToken && (ctx.IsLower(k, "and") || ctx.Text[ctx.Tokens[k].Start] == ',')) k--;
                if (k >= s.FirstToken && ctx.Text[ctx.Tokens[k].Start] == ',') k--;
                if (k == first - 1) break;
                last = k;
            }
        }
    }

    // "SupplyGraph: A Benchmark Dataset for …": the title says its name is data
    private static bool TitleNamesData(LinkingContext ctx, string name)
    {
        if (!ctx.Title.StartsWith(name + ":", StringComparison.Ordinal)) return false;
        var words = ctx.Title[(name.Length + 1)..].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < Math.Min(words.Length, 6); k++)
        {
            if (HeadWords.Dataset.Contains(words[k])) return true;
        }
        return false;
    }

    private static bool ProposedAsData(LinkingContext ctx, string name)
    {
        foreach (var (data, _, _) in ctx.ProposedDatasets)
        {
            if (string.Equals(data, name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "... on ogbn-papers100M and MAG240M" in an evaluation sentence
    private static void OnPattern(LinkingContext ctx, Sentence s)
    {
        if (!Cues.HasAny(ctx, s, Cues.Evaluation)) return;
        for (var i = s.FirstToken; i < s.EndToken - 1; i++)
        {
            var j = i + 1;
            if (ctx.IsLower(i, "like") || ctx.IsLower(i, "including") || (ctx.IsLower(i, "as") && ctx.IsLower(i - 1, "such")))
            {
                if (!HeadWords.Dataset.Contains(ctx.TokenText(Math.Max(s.FirstToken, ctx.IsLower(i, "as") ? i - 2 : i - 1)))) continue;
            }
            else if (!ctx.IsLower(i, "on") && !(ctx.IsLower(i, "in") && ExperimentNoun(ctx, i - 1)))
            {
                continue;
            }
            // "experiments in Mujoco Gym, DM Control Suite, and ...": after an experiment noun, plain capitalized names count
            // too, except in a title, which capitalizes every word ("Blinded Evaluation on Answering … Questions")
            var experiments = ExperimentNoun(ctx, i - 1) && !ctx.InTitle(s);
            if (ctx.IsLower(j, "the")) j++;
            while (j < s.EndToken)
            {
                var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
                var name = ctx.Span(j, last);
                // "Wiki-QA" holds the dataset name "Wiki" but is a longer name itself
                if (ctx.MentionAt.TryGetValue(j, out var m) && (m.LastToken >= last || !ctx.IsEmbedded(m)))
                {
                    if (m.Entry.Kind != NodeLabel.Dataset) break;
                    last = m.LastToken;
                }
                else if (experiments && NameSpans.CapitalizedRunEnd(ctx, j, s.EndToken) is var runEnd && runEnd > j && !ctx.IsProposed(ctx.Span(j, runEnd))
                         && !ctx.ComparedKeys.Contains(NameKey.Of(ctx.Span(j, runEnd))) && !ModifiesNextWord(ctx, runEnd, s))
                {
                    last = runEnd;
                    Emit(ctx, s, j, ctx.Span(j, last), 0.55);
                }
                else if (IsDatasetName(ctx, name, j, s) && NameSpans.IsNameLike(name) && !ModifiesNextWord(ctx, last, s))
                {
                    Emit(ctx, s, j, name, 0.55);
                }
                else
                {
                    break;
                }
                j = last + 1;
                if (j < s.EndToken && ctx.Text[ctx.Tokens[j].Start] == ',') j++;
                if (j < s.EndToken && ctx.IsLower(j, "and")) j++;
                if (j >= s.EndToken || ctx.Tokens[j].Kind == TokenKind.Symbol) break;
            }
        }
    }

    private static bool ExperimentNoun(LinkingContext ctx, int k) =>
        k >= 0 && ctx.Tokens[k].Kind == TokenKind.Word && (ctx.LowerStartsWith(k, "experiment") || ctx.LowerStartsWith(k, "evaluation"));

    // "on GPU-less devices": the name is an adjective of the noun after it
    internal static bool ModifiesNextWord(LinkingContext ctx, int last, Sentence s)
    {
        var next = last + 1;
        // "114 FPS on T4 GPU": a device, not data
        if (next < s.EndToken && ctx.TokenSpan(next) is "GPU" or "GPUs" or "TPU" or "TPUs" or "CPU" or "CPUs" or "NPU") return true;
        if (next >= s.EndToken || ctx.Tokens[next].Kind != TokenKind.Word || !char.IsLower(ctx.Text[ctx.Tokens[next].Start])) return false;
        var w = ctx.LowerSpan(next);
        return !(NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(next)) || HeadWords.Dataset.Contains(w)
                 || w is "respectively" or "without" or "within" or "under" or "while" or "where" or "which" or "whereas" or "demonstrate" or "show" or "shows");
    }

    internal static bool IsDatasetName(LinkingContext ctx, string name, int first, Sentence s)
    {
        if (ctx.Tokens[first].Kind != TokenKind.Word || ctx.IsProposed(name) || IsDevice(name) || IsVersion(name)) return false;
        if (first > s.FirstToken && Quantifiers.Contains(ctx.TokenText(first - 1))) return false;
        if (ctx.MentionAt.TryGetValue(first, out var m) && m.Entry.Kind != NodeLabel.Dataset) return false;
        if (ctx.ComparedKeys.Contains(NameKey.Of(name))) return false;
        // "OLD datasets" after "offensive language detection (OLD)": the task's data, not a dataset's name
        if (ctx.AcronymFor(name) is { } a && a.Short == name && !HeadWords.Dataset.Contains(HeadWords.LastWord(a.LongForm))) return false;
        if (NameSpans.IsNameLike(name)) return true;
        return NameSpans.IsCapitalizedName(name) && first > s.FirstToken && !ctx.InTitle(s);
    }

    // hardware a speed is measured on: "on NVIDIA GTX 1080Ti", "on a Jetson Nano"
    private static readonly HashSet<string> DeviceWords = new(StringComparer.Ordinal)
    {
        "NVIDIA", "Nvidia", "GTX", "RTX", "GeForce", "TITAN", "Titan", "Tesla", "Quadro", "Jetson", "Snapdragon", "iPhone", "Pixel",
    };

    // "2x faster on A100", "on H100 and V100": a GPU model (a letter and a number: A100, H800, V100, P100, T4, L40), not data;
    // one digit after A / H / V / P is a name of another kind ("P3" is a prompt collection)
    private static bool IsDevice(string name)
    {
        var space = name.IndexOf(' ');
        if (DeviceWords.Contains(space < 0 ? name : name[..space])) return true;
        if (name.Length < 2 || name.Length > 5 || !(name[0] is 'A' or 'H' or 'V' or 'P' or 'T' or 'L' or 'B')) return false;
        for (var k = 1; k < name.Length; k++)
        {
            if (!char.IsAsciiDigit(name[k])) return false;
        }
        return name[0] is 'T' or 'L' || name.Length >= 4;
    }

    internal static void Emit(LinkingContext ctx, Sentence s, int first, string name, double confidence)
    {
        var entry = ctx.Vocabulary.Resolve(name, NodeLabel.Dataset);
        ctx.Add(RelationshipType.EvaluatesOn, NodeLabel.Dataset, entry?.Canonical ?? name, name, s, confidence, Name + ":pattern", entry is null, anchor: ctx.Tokens[first].Start);
        ctx.DatasetAt[first] = entry?.Canonical ?? name;
    }
}

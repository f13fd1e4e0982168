using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Finds names written as one "glued" run of tokens (<c>LV-ViT-L</c>, <c>ogbn-papers100M</c>, <c>MST-compression</c>)
/// and decides whether a run looks like a name (an acronym, CamelCase, letters with digits).
/// </summary>
internal static class NameSpans
{
    // Upper-case words that are not names of methods or datasets.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "AI", "ML", "DL", "NLP", "CV", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "SOTA", "I/O", "IO", "API", "APIs",
        "II", "III", "IV", "VI", "VII", "USA", "UK", "EU", "IoT", "RGB", "RGB-D", "HTTP", "PDE", "PDEs", "ODE", "ODEs",
        "FPGA", "FPGAs", "ASIC", "CUDA", "DRAM", "SSD", "SSDs", "HBM", "OOD", "IID", "iid", "i.i.d", "KL", "PhD", "3D",
        "2D", "1D", "4D", "AUC", "MB", "GB", "TB", "KB", "ms", "FLOPs", "GFLOPs", "TFLOPs", "MHz", "GHz", "kHz", "Hz", "dB",
        "OK", "LaTeX", "ArXiv", "arXiv", "GitHub", "Github", "PyTorch", "TensorFlow", "JAX", "Python", "URL", "HTML",
        // languages name data, never a method
        "English", "German", "French", "Arabic", "Chinese", "Spanish", "Dutch", "Italian", "Portuguese", "Japanese",
        "Korean", "Russian", "Hindi", "Turkish", "Nepali", "Bengali", "Urdu", "Persian", "Greek", "Polish", "Swedish",
    };

    /// <summary>
    /// The last part of a hyphenated modifier, "CNN-based", "BERT-style", "Transformer-like": it turns a name into an
    /// adjective, so the whole is no name of its own.
    /// </summary>
    public static bool IsModifierSuffix(ReadOnlySpan<char> lower) =>
        lower is "based" or "like" or "style" or "type" or "inspired" or "driven" or "powered" or "free" or "only" or "specific" or "level" or "wise"
            or "aware" or "guided" or "enhanced" or "augmented";

    /// <summary>"BERT-style", "CLIP-based": a name made an adjective by a modifier suffix.</summary>
    public static bool EndsInModifierSuffix(string name)
    {
        var dash = name.LastIndexOf('-');
        return dash > 0 && dash < name.Length - 1 && IsModifierSuffix(name.AsSpan(dash + 1).ToString().ToLowerInvariant());
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "we", "it", "they",
        "in", "on", "of", "for", "to", "and", "or", "with", "by", "from", "as", "at", "is", "are", "was", "were", "be",
        "but", "however", "moreover", "furthermore", "specifically", "finally", "then", "thus", "here", "there",
        "recently", "although", "while", "when", "since", "because", "unlike", "like", "despite", "existing", "most",
        "many", "such", "other", "all", "each", "both", "some", "any", "no", "not", "first", "second", "third", "new",
        "novel", "extensive", "experimental", "experiments", "results", "empirical", "theoretical", "based", "using",
        "over", "via", "through", "into", "onto", "than", "also", "only", "even", "further", "more", "less", "very",
        "compared", "which", "what", "how", "why", "where", "who", "whose", "one", "two", "three", "several", "various",
        "different", "large", "small", "deep", "neural", "current", "previous", "prior", "standard", "typical", "given",
    };

    /// <summary>Last token index of the glued run starting at <paramref name="first"/> (no white space inside).</summary>
    public static int GluedEnd(LinkingContext ctx, int first, int limit)
    {
        var tokens = ctx.Tokens;
        var last = first;
        for (var j = first + 1; j < limit && !tokens[j].SpaceBefore; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Symbol)
            {
                var ch = ctx.Text[t.Start];
                // a joining symbol counts only when a word or number follows it without a space
                if (ch is '-' or '‐' or '‑' or '/' or '+' or '.' or '_' or '&' or '@' or '²' or '′'
                    && j + 1 < limit && !tokens[j + 1].SpaceBefore && tokens[j + 1].Kind != TokenKind.Symbol)
                {
                    continue;
                }
                if (ch == '+')
                {
                    // "UNet++", "C++", "DeepLabv3+.": one or two pluses that end the name, before a space or punctuation
                    var end = j;
                    while (end + 1 < limit && !tokens[end + 1].SpaceBefore && tokens[end + 1].Kind == TokenKind.Symbol && ctx.Text[tokens[end + 1].Start] == '+') end++;
                    if (end - j < 2 && (end + 1 >= limit || tokens[end + 1].SpaceBefore || (tokens[end + 1].Kind == TokenKind.Symbol && ctx.Text[tokens[end + 1].Start] is '.' or ',' or ';' or ':' or ')')))
                    {
                        last = end;
                        j = end;
                        continue;
                    }
                }
                break;
            }
            last = j;
        }
        return last;
    }

    /// <summary>First token of the glued run that ends at <paramref name="last"/>.</summary>
    public static int GluedStart(LinkingContext ctx, int last, int lowerLimit)
    {
        var first = last;
        while (first - 1 >= lowerLimit && !ctx.Tokens[first].SpaceBefore)
        {
            var prev = ctx.Tokens[first - 1];
            // "MobileNetV2×1.4": a width multiplier glued on is part of the name
            if (prev.Kind == TokenKind.Symbol && !(ctx.Text[prev.Start] is '-' or '‐' or '/' or '+' or '.' or '_' or '×'))
            {
                break;
            }
            if (prev.Kind == TokenKind.Symbol && (first - 2 < lowerLimit || ctx.Tokens[first - 1].SpaceBefore)) break;
            first--;
        }
        while (first < last && ctx.Tokens[first].Kind == TokenKind.Symbol) first++;
        return first;
    }

    /// <summary>True for acronyms and CamelCase names: <c>FPNN</c>, <c>DiffDis</c>, <c>GPT-4</c>, <c>ogbn-arxiv</c>, <c>DεpS</c>.</summary>
    public static bool IsNameLike(string s)
    {
        if (s.Length < 2 || s.Length > 40 || NotNames.Contains(s)) return false;
        var upper = 0;
        var letters = 0;
        var digits = 0;
        var innerUpper = false;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                    if (i > 0 && char.IsLetter(s[i - 1])) innerUpper = true;
                }
            }
            else if (char.IsDigit(ch))
            {
                digits++;
            }
        }
        if (letters == 0) return false;
        // "0.18dB", "16kHz", "2x": a number with a unit, not a name
        if (char.IsDigit(s[0]) && letters <= 3 && s.Count(char.IsLetter) == s.Length - s.TakeWhile(c => !char.IsLetter(c)).Count()) return false;
        if (innerUpper || (upper >= 2 && HasAcronymPart(s))) return !IsRomanNumeral(s);
        // ogbn-arxiv, wav2vec: lower-case with a digit or a hyphenated lower-case code
        return upper == 1 && digits > 0 && char.IsUpper(s[0]);
    }

    /// <summary>True for a word that starts with a capital and is no function word: <c>Todyformer</c>, <c>Mamba</c>.</summary>
    public static bool IsCapitalizedName(string s) =>
        s.Length >= 3 && char.IsUpper(s[0]) && !Determiners.Contains(s) && !NotNames.Contains(s) && s.Skip(1).All(c => char.IsLetterOrDigit(c) || c is '-' or '+');

    public static bool IsDeterminerOrFunctionWord(string s) => Determiners.Contains(s);

    public static bool IsDeterminerOrFunctionWord(ReadOnlySpan<char> s) => DeterminerLookup.Contains(s);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Our Stream Batch achieves", "experiments in DM Control Suite": the last token of 2–4 space-separated capitalized
    /// words or acronyms from <paramref name="first"/>, none of them a vocabulary mention; <paramref name="first"/> when
    /// there is no such run.
    /// </summary>
    public static int CapitalizedRunEnd(LinkingContext ctx, int first, int limit)
    {
        var k = first;
        while (k < limit && k - first < 4 && ctx.Tokens[k].Kind == TokenKind.Word && (k == first || ctx.Tokens[k].SpaceBefore)
               && !ctx.MentionAt.ContainsKey(k) && IsCapitalizedWordOrAcronym(ctx.TokenText(k))) k++;
        return k - first >= 2 ? k - 1 : first;
    }

    private static bool IsCapitalizedWordOrAcronym(string word) =>
        IsCapitalizedName(word) || (word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)));

    /// <summary>"LV-ViT-L", "A-SDM", "Swin-L": a part with two capitals or a one-letter capital suffix; not "Partially-Connected".</summary>
    private static bool HasAcronymPart(string s)
    {
        var parts = s.Split(['-', '‐', '/', '_', '.', '+', ' '], StringSplitOptions.RemoveEmptyEntries);
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            if (part.Count(char.IsUpper) >= 2) return true;
            if (p > 0 && part.Length == 1 && char.IsUpper(part[0])) return true;
            if (part.Any(char.IsDigit) && part.Any(char.IsUpper)) return true;
        }
        return false;
    }

    private static bool IsRomanNumeral(string s) => s.All(c => c is 'I' or 'V' or 'X') && s.Length <= 4;
}

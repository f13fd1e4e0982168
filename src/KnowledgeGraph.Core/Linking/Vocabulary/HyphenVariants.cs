using System.Text;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// Words built on a prefix are written closed and hyphenated alike ("autoencoder" / "auto-encoder", "pre-training" /
/// "pretraining", "multilayer" / "multi-layer"). The matcher ignores hyphens but not the split they make, so a name
/// listed one way missed text written the other: "denoising auto-encoders" was no Denoising Autoencoder. This gives an
/// alias's other spellings: every such word split after its prefix, and every prefix hyphen closed.
/// </summary>
internal static class HyphenVariants
{
    // prefixes English closes or hyphenates freely; the rest of the word must have five letters or more ("re-cord" is
    // never made from "record", "pre-diction" is harmless: no text writes it)
    private static readonly string[] Prefixes =
    [
        "auto", "pre", "post", "multi", "non", "self", "semi", "co", "sub", "super", "inter", "intra", "cross", "hyper",
        "meta", "over", "under", "bi", "tri", "uni", "mono", "anti", "counter", "re", "de", "un",
    ];

    private const int MinRest = 5;

    // at most this many splittable words per alias: 2^3 - 1 variants
    private const int MaxSplitWords = 3;

    public static IEnumerable<string> Of(string alias)
    {
        // every subset of the splittable words: "Denoising Autoencoder" is written "denoising auto-encoder", not
        // "de-noising auto-encoder"
        var words = SplittableWords(alias);
        if (words.Count is > 0 and <= MaxSplitWords)
        {
            for (var mask = 1; mask < 1 << words.Count; mask++)
            {
                var sb = new StringBuilder(alias.Length + words.Count);
                var from = 0;
                for (var w = 0; w < words.Count; w++)
                {
                    if ((mask & 1 << w) == 0) continue;
                    var cut = words[w].Start + words[w].Prefix;
                    sb.Append(alias, from, cut - from).Append('-');
                    from = cut;
                }
                yield return sb.Append(alias, from, alias.Length - from).ToString();
            }
        }
        var joined = Join(alias);
        if (joined != alias) yield return joined;
    }

    // the start and prefix length of each word that splits after a prefix
    private static List<(int Start, int Prefix)> SplittableWords(string alias)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < alias.Length)
        {
            var end = i;
            while (end < alias.Length && char.IsLetter(alias[end])) end++;
            if (end == i)
            {
                i++;
                continue;
            }
            var prefix = SplittablePrefix(alias, i, end);
            if (prefix > 0) words.Add((i, prefix));
            i = end;
        }
        return words;
    }

    // the length of the prefix the word [start, end) splits after, or 0
    private static int SplittablePrefix(string alias, int start, int end)
    {
        // a word already joined by a hyphen to the one before is left alone ("pre-autoencoder" stays)
        if (start > 0 && alias[start - 1] is '-') return 0;
        if (end < alias.Length && alias[end] is '-') return 0;
        // lower case after the first letter: "Autoencoder" splits, "AutoML" and "DeBERTa" do not
        for (var k = start + 1; k < end; k++)
        {
            if (!char.IsLower(alias[k])) return 0;
        }
        foreach (var p in Prefixes)
        {
            if (end - start - p.Length >= MinRest && string.Compare(alias, start, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0) return p.Length;
        }
        return 0;
    }

    // "pre-training" → "pretraining"
    private static string Join(string alias)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < alias.Length; i++)
        {
            if (alias[i] == '-' && i > 0 && i + 1 < alias.Length && char.IsLower(alias[i + 1]) && PrefixEndsAt(alias, i))
            {
                sb ??= new StringBuilder(alias, 0, i, alias.Length);
                continue;
            }
            sb?.Append(alias[i]);
        }
        return sb?.ToString() ?? alias;
    }

    // whether the letters right before the hyphen at `hyphen` are a whole lower-case word that is a prefix
    private static bool PrefixEndsAt(string alias, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsLetter(alias[start - 1])) start--;
        if (start > 0 && alias[start - 1] is not (' ' or '(')) return false;
        var rest = hyphen + 1;
        var restEnd = rest;
        while (restEnd < alias.Length && char.IsLetter(alias[restEnd])) restEnd++;
        if (restEnd - rest < MinRest) return false;
        foreach (var p in Prefixes)
        {
            if (hyphen - start == p.Length && string.CompareOrdinal(alias, start, p, 0, p.Length) == 0) return true;
        }
        return false;
    }
}

using System.Text;

namespace KnowledgeGraph.Core.Readers.Bibtex;

/// <summary>
/// Turns BibTeX/LaTeX field text into plain Unicode: accents (<c>{\"o}</c> → ö, <c>{\'\i}</c> → í), special letters
/// (<c>\ss</c>, <c>\o</c>), escaped symbols (<c>\&amp;</c>), formatting commands (<c>\emph{x}</c> → x), case-protecting
/// braces (<c>{BERT}</c> → BERT), <c>~</c> and dashes; white space collapsed.
/// </summary>
internal static class LatexText
{
    // Accent command → (base letters, the same letters accented). Precomposed by table because string.Normalize
    // does not compose under InvariantGlobalization; an unknown pair keeps a combining mark instead.
    private static readonly Dictionary<char, (string Bases, string Composed, char Mark)> Accents = new()
    {
        ['\''] = ("aeiouyAEIOUYcCnNsSzZlLrRgG", "áéíóúýÁÉÍÓÚÝćĆńŃśŚźŹĺĹŕŔǵǴ", '\u0301'),
        ['`'] = ("aeiouAEIOU", "àèìòùÀÈÌÒÙ", '\u0300'),
        ['^'] = ("aeiouAEIOUcCgGhHjJsSwWyY", "âêîôûÂÊÎÔÛĉĈĝĜĥĤĵĴŝŜŵŴŷŶ", '\u0302'),
        ['"'] = ("aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ", '\u0308'),
        ['~'] = ("anoANOiuIU", "ãñõÃÑÕĩũĨŨ", '\u0303'),
        ['='] = ("aeiouAEIOU", "āēīōūĀĒĪŌŪ", '\u0304'),
        ['.'] = ("cegzCEGZI", "ċėġżĊĖĠŻİ", '\u0307'),
        ['u'] = ("agAGuU", "ăğĂĞŭŬ", '\u0306'),
        ['v'] = ("cdenrstzCDENRSTZ", "čďěňřšťžČĎĚŇŘŠŤŽ", '\u030C'),
        ['H'] = ("oOuU", "őŐűŰ", '\u030B'),
        ['c'] = ("cCsStT", "çÇşŞţŢ", '\u0327'),
        ['k'] = ("aeAEiIuU", "ąęĄĘįĮųŲ", '\u0328'),
        ['r'] = ("aAuU", "åÅůŮ", '\u030A'),
        ['d'] = ("", "", '\u0323'),
        ['b'] = ("", "", '\u0331'),
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å",
        ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dag"] = "†", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
    };

    public static string ToPlain(string latex)
    {
        var sb = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            switch (c)
            {
                case '{' or '}' or '$':
                    break;
                case '~':
                    sb.Append(' ');
                    break;
                case '-' when i + 1 < latex.Length && latex[i + 1] == '-':
                    var triple = i + 2 < latex.Length && latex[i + 2] == '-';
                    sb.Append(triple ? '—' : '–');
                    i += triple ? 2 : 1;
                    break;
                case '\\' when i + 1 < latex.Length:
                    i = Command(latex, i + 1, sb);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return Common.TextDecoding.CollapseWhitespace(sb.ToString());
    }

    /// <summary>Handles the command starting at <paramref name="i"/> (after the backslash); returns the index of its last character.</summary>
    private static int Command(string s, int i, StringBuilder sb)
    {
        var c = s[i];
        if (Accents.TryGetValue(c, out var accent) && (!char.IsLetter(c) || i + 1 >= s.Length || !char.IsLetter(s[i + 1]) || s[i + 1] == ' '))
        {
            // \'e, \'{e}, \' e, \"{\i}, \c c
            var j = i + 1;
            while (j < s.Length && (s[j] == ' ' || s[j] == '{')) j++;
            if (j < s.Length && s[j] == '\\' && j + 1 < s.Length && s[j + 1] is 'i' or 'j')
            {
                AppendAccented(sb, s[j + 1], accent);
                j += 2;
            }
            else if (j < s.Length)
            {
                AppendAccented(sb, s[j], accent);
                j++;
            }
            while (j < s.Length && s[j] == '}') j++;
            return j - 1;
        }
        if (!char.IsLetter(c))
        {
            // \& \% \$ \_ \# \{ \} and "\\" (line break)
            sb.Append(c == '\\' ? ' ' : c);
            return i;
        }

        var end = i;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        var name = s[i..end];
        if (Letters.TryGetValue(name, out var letter)) sb.Append(letter);
        // Any other command (\emph, \textbf, \mathcal …) is dropped; its braced argument stays as text.
        while (end < s.Length && s[end] == ' ' && Letters.ContainsKey(name)) end++;
        return end - 1;
    }

    private static void AppendAccented(StringBuilder sb, char letter, (string Bases, string Composed, char Mark) accent)
    {
        var index = accent.Bases.IndexOf(letter, StringComparison.Ordinal);
        if (index >= 0) sb.Append(accent.Composed[index]);
        else sb.Append(letter).Append(accent.Mark);
    }
}

namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>
/// Splits text into sentences at line breaks and at <c>. ! ?</c> followed by white space and a capital, digit or
/// bracket, unless the word before the stop is a known abbreviation (<c>e.g.</c>, <c>et al.</c>, <c>Fig.</c>) or an initial;
/// and at a stop glued to the next sentence's capitalized word ("literature.This").
/// Linear in the length of the text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "etc", "vs", "fig", "figs", "eq", "eqs", "cf", "approx", "resp", "dr", "mr", "ms", "no",
        "sec", "tab", "ref", "refs", "viz", "incl", "min", "max", "avg", "w.r.t", "wrt", "e.t.c", "ca", "appx",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("\n\r.!?");

    /// <summary>Sentence spans as (start, length) pairs, trimmed of surrounding white space; empty sentences are skipped.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // jump to the next line break or stop (a vectorized search: most characters are neither)
            var next = text.AsSpan(i).IndexOfAny(Stops);
            if (next < 0) break;
            i += next;
            var ch = text[i];
            if (ch is '\n' or '\r')
            {
                Add(text, start, i, result);
                start = i + 1;
            }
            else if (ch is '.' or '!' or '?' && IsBoundary(text, i))
            {
                Add(text, start, i + 1, result);
                start = i + 1;
            }
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        // Closing quotes or brackets right after the stop stay with the sentence.
        if (j < text.Length && text[j] is '"' or '\'' or ')' or '”') return false;
        if (j < text.Length && !char.IsWhiteSpace(text[j])) return GluedBoundary(text, i);
        if (j >= text.Length) return false;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j >= text.Length) return true;
        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '(' or '[' or '"' or '“' or '\n')) return false;
        if (text[i] != '.') return true;
        // The word before the dot: an abbreviation or a single-letter initial is no boundary.
        var k = i - 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.')) k--;
        var word = text.AsSpan(k + 1, i - k - 1);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !AbbreviationLookup.Contains(word);
    }

    /// <summary>
    /// "in the literature.This work explores": abstracts pasted from PDFs lose the space after a stop. A word of three
    /// or more letters, lower case after its first, before the stop and a capitalized word right after it make a
    /// boundary; "e.g.The", "arXiv.org", "U.S.A" and "ASP.NET" do not.
    /// </summary>
    private static bool GluedBoundary(string text, int i)
    {
        var j = i + 1;
        if (j + 1 >= text.Length || !char.IsUpper(text[j]) || !char.IsLower(text[j + 1])) return false;
        var k = i - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text.AsSpan(k + 1, i - k - 1);
        if (word.Length < 3 || (k >= 0 && text[k] == '.')) return false;
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c)) return false;
        }
        return !AbbreviationLookup.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end - start));
    }
}

using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The first two or three letters of a list of words (and of prefixes, written with a trailing <c>*</c>): a word that
/// starts like none of them is turned away by one array read, before any hash lookup. Most words of a sentence are in
/// none of the small word lists the extractors ask about, and those lookups were a tenth of extraction time.
/// Case-insensitive for ASCII letters; a word with any other character among its first three is never turned away.
/// </summary>
internal sealed class WordStartFilter
{
    private readonly bool[] _twoLetterWords = new bool[26 * 26];
    private readonly bool[] _starts = new bool[26 * 26 * 26];

    public WordStartFilter(IEnumerable<string> words)
    {
        foreach (var entry in words)
        {
            var isPrefix = entry.EndsWith('*');
            var w = isPrefix ? entry[..^1] : entry;
            if (w.Length < 2 || (isPrefix && w.Length < 3)) throw new ArgumentException($"'{entry}': a word needs two letters, a prefix three", nameof(words));
            if (Letter(w[0]) < 0 || Letter(w[1]) < 0 || (w.Length > 2 && Letter(w[2]) < 0))
            {
                throw new ArgumentException($"'{entry}' does not start with three ASCII letters", nameof(words));
            }
            if (w.Length == 2) _twoLetterWords[Letter(w[0]) * 26 + Letter(w[1])] = true;
            else _starts[(Letter(w[0]) * 26 + Letter(w[1])) * 26 + Letter(w[2])] = true;
        }
    }

    /// <summary>False only when the word can be none of the words and start with none of the prefixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayMatch(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        var a = Letter(word[0]);
        var b = Letter(word[1]);
        if (a < 0 || b < 0) return true;
        if (word.Length == 2) return _twoLetterWords[a * 26 + b];
        var c = Letter(word[2]);
        return c < 0 || _starts[(a * 26 + b) * 26 + c];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Letter(char ch)
    {
        var x = (ch | 0x20) - 'a';
        return ch < 128 && (uint)x < 26 ? x : -1;
    }
}

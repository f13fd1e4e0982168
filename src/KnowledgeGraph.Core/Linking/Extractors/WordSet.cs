namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A small word list the extractors ask about, by string or by span (a token's text without allocating): a
/// <see cref="WordStartFilter"/> turns most words away by one array read, then a hash lookup decides. The lookups run
/// on every word of every abstract, so the filter and the span lookup are made once, here.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordStartFilter _starts;

    /// <param name="words">The words; each starts with two or three ASCII letters.</param>
    /// <param name="comparer">Ordinal (the callers pass lower-case text) or OrdinalIgnoreCase.</param>
    public WordSet(IEnumerable<string> words, StringComparer? comparer = null)
    {
        _words = new HashSet<string>(words, comparer ?? StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new WordStartFilter(_words);
    }

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word) => _starts.MayMatch(word) && _lookup.Contains(word);

    public bool Contains(string word) => Contains(word.AsSpan());
}

/// <summary>A word list with a value per word (a verb and its task noun), asked about like <see cref="WordSet"/>.</summary>
internal sealed class WordMap<TValue>
{
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordStartFilter _starts;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer? comparer = null)
    {
        var map = new Dictionary<string, TValue>(entries, comparer ?? StringComparer.Ordinal);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new WordStartFilter(map.Keys);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (_starts.MayMatch(word)) return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);
}

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Names found at token positions (datasets, methods), indexed by sentence so that tying a result to the names in
/// its own sentence never scans the whole paper.
/// </summary>
internal sealed class TokenNames
{
    private readonly Func<int, int> _sentenceOf;
    private readonly Dictionary<int, SortedList<int, string>> _bySentence = [];

    public TokenNames(Func<int, int> sentenceOf)
    {
        _sentenceOf = sentenceOf;
    }

    public string this[int token]
    {
        set => Sentence(token)[token] = value;
    }

    public bool TryAdd(int token, string name) => Sentence(token).TryAdd(token, name);

    /// <summary>The name found at a token, if any.</summary>
    public bool TryGetValue(int token, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string name)
    {
        name = null;
        return _bySentence.TryGetValue(_sentenceOf(token), out var list) && list.TryGetValue(token, out name);
    }

    /// <summary>(token, name) pairs of one sentence in token order.</summary>
    public IEnumerable<KeyValuePair<int, string>> InSentence(int sentence) =>
        _bySentence.TryGetValue(sentence, out var list) ? list : [];

    /// <summary>The one name found anywhere, when every position holds the same; null when none or several.</summary>
    public string? Sole()
    {
        string? sole = null;
        foreach (var list in _bySentence.Values)
        {
            foreach (var name in list.Values)
            {
                if (sole is not null && sole != name) return null;
                sole = name;
            }
        }
        return sole;
    }

    private SortedList<int, string> Sentence(int token)
    {
        var s = _sentenceOf(token);
        if (!_bySentence.TryGetValue(s, out var list))
        {
            list = [];
            _bySentence[s] = list;
        }
        return list;
    }
}

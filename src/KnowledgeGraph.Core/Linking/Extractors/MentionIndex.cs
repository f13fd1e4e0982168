using KnowledgeGraph.Core.Linking.Vocabulary;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>Token index → the vocabulary mention covering it; an array, so a lookup costs one read.</summary>
internal sealed class MentionIndex
{
    private readonly int[] _at;
    private readonly List<VocabularyMention> _mentions;

    public MentionIndex(int tokenCount, List<VocabularyMention> mentions)
    {
        _mentions = mentions;
        _at = new int[tokenCount];
        Array.Fill(_at, -1);
        for (var m = 0; m < mentions.Count; m++)
        {
            for (var i = mentions[m].FirstToken; i <= mentions[m].LastToken; i++) _at[i] = m;
        }
    }

    public bool ContainsKey(int token) => token >= 0 && token < _at.Length && _at[token] >= 0;

    public bool TryGetValue(int token, out VocabularyMention mention)
    {
        if (ContainsKey(token))
        {
            mention = _mentions[_at[token]];
            return true;
        }
        mention = default;
        return false;
    }
}

namespace KnowledgeGraph.Analytics.Similarity;

/// <summary>
/// Splits text into lower-case word tokens (letters and digits; hyphens split words), drops English stop words
/// and one-letter tokens, and strips a plural "s" so "models" and "model" meet.
/// </summary>
public static class TextTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for", "from", "has",
        "have", "how", "if", "in", "into", "is", "it", "its", "not", "of", "on", "or", "our", "over", "such", "than",
        "that", "the", "their", "then", "there", "these", "they", "this", "to", "toward", "towards", "under", "us",
        "using", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
        "without", "you", "your", "based", "new", "approach", "method", "paper", "show", "propose", "proposed",
    };

    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(ch))
            {
                if (length < buffer.Length) buffer[length++] = char.ToLowerInvariant(ch);
                continue;
            }
            if (length > 1) Add(tokens, buffer[..length]);
            length = 0;
        }
        return tokens;
    }

    private static void Add(List<string> tokens, ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i') word = word[..^1];
        var token = new string(word);
        if (!StopWords.Contains(token)) tokens.Add(token);
    }
}

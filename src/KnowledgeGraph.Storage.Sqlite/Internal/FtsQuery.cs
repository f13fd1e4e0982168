using System.Text;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Builds FTS5 MATCH expressions from user text. Only runs of letters and digits survive, and each is quoted
/// as an FTS5 string, so operators (<c>AND</c>, <c>NEAR(</c>, <c>*</c>, <c>-</c>, <c>"</c>) in the input are plain words.
/// </summary>
internal static class FtsQuery
{
    private const int MaxTokens = 32;

    /// <summary>All words must match (implicit AND). Null when the text has no words.</summary>
    public static string? AllWords(string? text) => Build(text, prefixLast: false);

    /// <summary>All words must match; the last one as a prefix (for type-ahead title lookups).</summary>
    public static string? AllWordsLastPrefix(string? text) => Build(text, prefixLast: true);

    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
                if (tokens.Count == MaxTokens) return tokens;
            }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }

    private static string? Build(string? text, bool prefixLast)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0) return null;
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            // Tokens hold only letters and digits, but double any quote anyway so the quoting can never be escaped.
            sb.Append('"').Append(tokens[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefixLast && i == tokens.Count - 1) sb.Append('*');
        }
        return sb.ToString();
    }
}

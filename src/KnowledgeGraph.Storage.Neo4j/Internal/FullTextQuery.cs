using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Turns user text into a Lucene query for Neo4j's full-text index that can never be a syntax error: only letters and
/// digits survive, lower-cased (so AND / OR / NOT are plain words), every word required, titles weighted 10×.
/// The query travels as a parameter; nothing here is Cypher.
/// </summary>
internal static class FullTextQuery
{
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) current.Append(char.ToLowerInvariant(ch));
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>Every word in the title (boosted) or every word in title and abstract; null when no word is left.</summary>
    public static string? AllWords(string? text)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        var all = string.Join(" AND ", words);
        return $"title:({all})^10 OR ({all})";
    }

    /// <summary>Every word in the title, the last one as a prefix (typing ahead); null when no word is left.</summary>
    public static string? TitleWordsLastPrefix(string? text)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        return "title:(" + string.Join(" AND ", words.Take(words.Count - 1).Append(words[^1] + "*")) + ")";
    }

    /// <summary>About 16 words around the first query word found, the match in [brackets], … where text was cut.</summary>
    public static string Snippet(string title, string? abstractText, IReadOnlyList<string> words)
    {
        foreach (var text in new[] { abstractText, title })
        {
            if (string.IsNullOrEmpty(text)) continue;
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var bare = new string(tokens[i].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
                if (!words.Contains(bare)) continue;
                var start = Math.Max(0, i - 6);
                var end = Math.Min(tokens.Length, start + 16);
                var parts = tokens[start..end].Select((t, j) => start + j == i ? "[" + t + "]" : t);
                return (start > 0 ? "…" : "") + string.Join(' ', parts) + (end < tokens.Length ? "…" : "");
            }
        }
        return title;
    }
}

using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Normalizes titles for matching: case-folded, diacritics removed, punctuation and LaTeX braces dropped,
/// white space collapsed. <c>"Attention Is All You Need."</c> and <c>"attention is all you need"</c> match.
/// </summary>
public static class TitleNormalizer
{
    public static string Normalize(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }
}

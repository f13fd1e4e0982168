using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Normalizes titles for matching: case-folded, diacritics removed, punctuation and LaTeX braces dropped,
/// white space collapsed. <c>"Attention Is All You Need."</c> and <c>"attention is all you need"</c> match.
/// </summary>
public static class TitleNormalizer
{
    private const int StackLimit = 512;

    public static string Normalize(string title) => Ascii.IsValid(title) ? NormalizeAscii(title) : NormalizeUnicode(title);

    /// <summary>
    /// The same result as <see cref="NormalizeUnicode"/> for ASCII text, without the decomposition, the category
    /// lookups and the builder: ASCII is unchanged by NFKD, has no combining marks, and its letters and digits are
    /// exactly [A-Za-z0-9]. The ingest writer normalizes every record's and every reference's title, and nearly all are ASCII.
    /// </summary>
    internal static string NormalizeAscii(string title)
    {
        char[]? rented = null;
        var buffer = title.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(title.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var ch in title)
            {
                if (char.IsAsciiLetterOrDigit(ch))
                {
                    if (pendingSpace && length > 0) buffer[length++] = ' ';
                    pendingSpace = false;
                    buffer[length++] = char.ToLowerInvariant(ch);
                }
                else
                {
                    pendingSpace = true;
                }
            }
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    internal static string NormalizeUnicode(string title)
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

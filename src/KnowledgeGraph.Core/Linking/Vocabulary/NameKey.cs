using System.Text;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// The comparison key of a name: lower case, letters and digits only, a final plural <c>s</c> dropped and a
/// trailing <c>dataset</c> / <c>benchmark</c> / <c>corpus</c> word ignored. <c>"Graph Neural Networks"</c>,
/// <c>"graph-neural network"</c> share one key.
/// </summary>
public static class NameKey
{
    private static readonly string[] HeadWords = ["datasets", "dataset", "benchmarks", "benchmark", "corpus", "corpora", "data set"];

    public static string Of(string name)
    {
        var trimmed = name.Trim();
        foreach (var head in HeadWords)
        {
            if (trimmed.Length > head.Length + 1 && trimmed.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                && !char.IsLetterOrDigit(trimmed[^(head.Length + 1)]))
            {
                trimmed = trimmed[..^head.Length];
                break;
            }
        }
        if (!trimmed.AsSpan().ContainsAnyExceptInRange((char)0, (char)127))
        {
            return AsciiKey(trimmed);
        }
        var sb = new StringBuilder(trimmed.Length);
        foreach (var ch in trimmed.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is '+' or '&' or '@') sb.Append(ch);
        }
        if (sb.Length > 3 && sb[^1] == 's' && sb[^2] != 's' && char.IsLetter(sb[^2])) sb.Length--;
        return sb.ToString();
    }

    private static string AsciiKey(string s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var ch in s)
        {
            if (char.IsAsciiLetterOrDigit(ch)) buffer[n++] = char.ToLowerInvariant(ch);
            else if (ch is '+' or '&' or '@') buffer[n++] = ch;
        }
        if (n > 3 && buffer[n - 1] == 's' && buffer[n - 2] != 's' && char.IsAsciiLetter(buffer[n - 2])) n--;
        return new string(buffer[..n]);
    }
}

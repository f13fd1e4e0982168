using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>Stable ids for non-paper nodes: <c>method:state-space-model</c>, <c>author:yoshua-bengio</c>.</summary>
public static class EntityId
{
    private const int StackLimit = 256;

    /// <summary>"author:", "method:", … by label value: the writer makes an id for every author of every record.</summary>
    private static readonly string[] Prefixes = Enum.GetValues<NodeLabel>().Select(l => l.ToString().ToLowerInvariant() + ":").ToArray();

    public static string For(NodeLabel label, string name)
    {
        var prefix = (uint)label < (uint)Prefixes.Length ? Prefixes[(int)label] : label.ToString().ToLowerInvariant() + ":";
        return Ascii.IsValid(name) ? AsciiSlug(prefix, name) : prefix + SlugUnicode(name);
    }

    public static string Slug(string name) => Ascii.IsValid(name) ? AsciiSlug("", name) : SlugUnicode(name);

    /// <summary>
    /// <paramref name="prefix"/> + the slug of an ASCII name, the same as <see cref="SlugUnicode"/> gives: ASCII is
    /// unchanged by NFKD and has no combining marks, and its letters and digits are exactly [A-Za-z0-9].
    /// </summary>
    private static string AsciiSlug(string prefix, string name)
    {
        var size = prefix.Length + name.Length;
        char[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc char[StackLimit] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(size));
        try
        {
            prefix.CopyTo(buffer);
            var length = prefix.Length;
            var dash = false;
            foreach (var ch in name)
            {
                if (char.IsAsciiLetterOrDigit(ch))
                {
                    if (dash && length > prefix.Length) buffer[length++] = '-';
                    dash = false;
                    buffer[length++] = char.ToLowerInvariant(ch);
                }
                else if (ch is '+' or '#')
                {
                    buffer[length++] = ch == '+' ? 'p' : 's';
                }
                else
                {
                    dash = true;
                }
            }
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    internal static string SlugUnicode(string name)
    {
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is '+' or '#')
            {
                // Keep "C++" and "C#" apart from "C".
                sb.Append(ch == '+' ? 'p' : 's');
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                dash = true;
            }
        }
        return sb.ToString();
    }
}

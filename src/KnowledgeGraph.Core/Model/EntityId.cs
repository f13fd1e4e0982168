using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>Stable ids for non-paper nodes: <c>method:state-space-model</c>, <c>author:yoshua-bengio</c>.</summary>
public static class EntityId
{
    public static string For(NodeLabel label, string name) => label.ToString().ToLowerInvariant() + ":" + Slug(name);

    public static string Slug(string name)
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

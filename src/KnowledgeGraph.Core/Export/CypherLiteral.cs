using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Export;

/// <summary>Cypher literals for export scripts: strings quoted and escaped, numbers invariant, lists and maps.</summary>
public static class CypherLiteral
{
    public static string Of(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "null",
        string[] list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    public static string Map(IReadOnlyDictionary<string, object> properties) =>
        "{" + string.Join(", ", properties.Select(kv => "`" + kv.Key.Replace("`", "``", StringComparison.Ordinal) + "`: " + Of(kv.Value))) + "}";

    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(ch)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }
}

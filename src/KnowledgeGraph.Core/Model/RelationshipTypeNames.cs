using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>Converts relationship types to and from their graph names (<c>EVALUATES_ON</c>).</summary>
public static class RelationshipTypeNames
{
    private static readonly FrozenDictionary<RelationshipType, string> Names =
        Enum.GetValues<RelationshipType>().ToFrozenDictionary(t => t, t => ToUpperSnake(t.ToString()));

    private static readonly FrozenDictionary<string, RelationshipType> Types =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string ToGraphName(this RelationshipType type) => Names[type];

    public static bool TryParse(string graphName, out RelationshipType type) => Types.TryGetValue(graphName, out type);

    public static IEnumerable<RelationshipType> All => Names.Keys;

    private static string ToUpperSnake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}

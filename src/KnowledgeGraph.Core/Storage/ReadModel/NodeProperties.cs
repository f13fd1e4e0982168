using System.Text.Json;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>Reads the string-valued properties of a node's JSON object (a Result's metric, value, dataset, method).</summary>
public static class NodeProperties
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>
    /// The string properties of <paramref name="json"/>; none when it is not a JSON object, or not JSON at all (a
    /// property someone set by hand in the Neo4j Browser is not ours to interpret).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Strings(string? json)
    {
        if (json is null) return None;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return None;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String) properties[property.Name] = property.Value.GetString()!;
            }
            return properties;
        }
        catch (JsonException)
        {
            return None;
        }
    }
}

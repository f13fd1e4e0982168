using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>Null-tolerant reads of the JSON values Neo4j returns (a missing property and null are the same).</summary>
internal static class Json
{
    public static string? String(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : e.ToString();

    public static string? String(JsonElement o, string name) => Get(o, name) is { } e ? String(e) : null;

    public static long? Long(JsonElement e) => e.ValueKind == JsonValueKind.Number ? (e.TryGetInt64(out var l) ? l : (long)e.GetDouble()) : null;

    public static long? Long(JsonElement o, string name) => Get(o, name) is { } e ? Long(e) : null;

    public static int? Int(JsonElement o, string name) => Long(o, name) is { } l ? (int)l : null;

    public static double? Double(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;

    public static double? Double(JsonElement o, string name) => Get(o, name) is { } e ? Double(e) : null;

    public static bool Bool(JsonElement o, string name) => Get(o, name) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<string> Strings(JsonElement o, string name) =>
        Get(o, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(String).OfType<string>() : [];

    private static JsonElement? Get(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var e) && e.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? e : null;
}

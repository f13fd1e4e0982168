using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Stores <see cref="ExternalIds"/> as a JSON array of its keys.</summary>
internal static class ExternalIdsCodec
{
    public static string ToJson(ExternalIds ids)
    {
        if (ids.IsEmpty) return "[]";
        // Written by hand: the writer encodes this for every paper and stub, and the serializer's generic path
        // (an array copy, then reflection-driven writing) cost more than the rest of a stub's insert.
        var json = new StringBuilder("[", 64);
        foreach (var key in ids.Keys())
        {
            if (json.Length > 1) json.Append(',');
            if (NeedsEscaping(key)) json.Append(JsonSerializer.Serialize(key));
            else json.Append('"').Append(key).Append('"');
        }
        return json.Append(']').ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c)) return true;
        }
        return false;
    }

    public static ExternalIds FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]") return ExternalIds.None;
        return ExternalIdKeys.FromKeys(JsonSerializer.Deserialize<string[]>(json) ?? []);
    }

}

using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Stores <see cref="ExternalIds"/> as a JSON array of its keys and merges two sets of ids.</summary>
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
        return FromKeys(JsonSerializer.Deserialize<string[]>(json) ?? []);
    }

    public static ExternalIds FromKeys(IEnumerable<string> keys)
    {
        string? doi = null, arxiv = null, openAlex = null, s2 = null, corpus = null;
        Dictionary<string, string>? other = null;
        foreach (var key in keys)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var scheme = key[..colon];
            var value = key[(colon + 1)..];
            switch (scheme)
            {
                case "doi": doi ??= value; break;
                case "arxiv": arxiv ??= value; break;
                case "openalex": openAlex ??= value; break;
                case "s2": s2 ??= value; break;
                case "corpus": corpus ??= value; break;
                default:
                    other ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    other.TryAdd(scheme, value);
                    break;
            }
        }
        return new ExternalIds
        {
            Doi = doi,
            ArxivId = arxiv,
            OpenAlexId = openAlex,
            SemanticScholarId = s2,
            CorpusId = corpus,
            Other = other ?? (IReadOnlyDictionary<string, string>)ExternalIds.None.Other,
        };
    }

    /// <summary>The union of two id sets; where both name a scheme, <paramref name="existing"/> wins.</summary>
    public static ExternalIds Merge(ExternalIds existing, ExternalIds incoming)
    {
        if (incoming.IsEmpty) return existing;
        if (existing.IsEmpty) return incoming;
        return FromKeys(existing.Keys().Concat(incoming.Keys()));
    }

    /// <summary>True when both sets name the same scheme with different values: they cannot be one paper.</summary>
    public static bool Conflict(ExternalIds a, ExternalIds b) =>
        Differs(a.Doi, b.Doi) || Differs(a.ArxivId, b.ArxivId) || Differs(a.OpenAlexId, b.OpenAlexId)
        || Differs(a.SemanticScholarId, b.SemanticScholarId) || Differs(a.CorpusId, b.CorpusId)
        || a.Other.Any(kv => b.Other.TryGetValue(kv.Key, out var v) && !string.Equals(v, kv.Value, StringComparison.Ordinal));

    private static bool Differs(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal);
}

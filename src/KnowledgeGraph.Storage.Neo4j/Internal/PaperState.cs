using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>A paper node as the batch planner sees it: read from the server, or created or changed by the batch.</summary>
internal sealed class PaperState
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public required string TitleKey { get; set; }
    public string? Abstract { get; set; }
    public string? Published { get; set; }
    public int? Year { get; set; }
    public string? Venue { get; set; }
    public ExternalIds Ids { get; set; } = ExternalIds.None;
    public bool IsStub { get; set; }
    public string? ContentHash { get; set; }
    public List<string> Sources { get; set; } = [];
    /// <summary>Creation order: title lookups prefer real papers, then the oldest.</summary>
    public long Seq { get; init; }
    public bool HasAuthors { get; set; }
    /// <summary>True when the batch changed the node and must write it.</summary>
    public bool Dirty { get; set; }

    public string ComputeHash()
    {
        var text = string.Join('\u001f', Title, Abstract, Published, Year, Venue, string.Join(' ', Ids.Keys()), string.Join('\u001e', Sources));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The node's properties as written (null removes a property).</summary>
    public Dictionary<string, object?> ToProperties() => new()
    {
        ["title"] = Title,
        ["titleKey"] = TitleKey,
        ["abstract"] = Abstract,
        ["published"] = Published,
        ["year"] = Year,
        ["venue"] = Venue,
        ["ids"] = Ids.Keys().ToArray(),
        ["isStub"] = IsStub,
        ["contentHash"] = ContentHash,
        ["sources"] = Sources.ToArray(),
        ["seq"] = Seq,
    };

    /// <summary>A paper read back as <c>p {.*}</c>.</summary>
    public static PaperState FromJson(JsonElement paper, bool hasAuthors) => new()
    {
        Id = paper.GetProperty("id").GetString()!,
        Title = Json.String(paper, "title") ?? "",
        TitleKey = Json.String(paper, "titleKey") ?? "",
        Abstract = Json.String(paper, "abstract"),
        Published = Json.String(paper, "published"),
        Year = Json.Int(paper, "year"),
        Venue = Json.String(paper, "venue"),
        Ids = ExternalIdKeys.FromKeys(Json.Strings(paper, "ids")),
        IsStub = Json.Bool(paper, "isStub"),
        ContentHash = Json.String(paper, "contentHash"),
        Sources = [.. Json.Strings(paper, "sources")],
        Seq = Json.Long(paper, "seq") ?? 0,
        HasAuthors = hasAuthors,
    };
}

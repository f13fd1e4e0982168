using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>Request bodies and result parsing for both HTTP interfaces.</summary>
internal static class WireFormat
{
    public static Dictionary<string, object?> QueryApiBody(CypherStatement statement) => new()
    {
        ["statement"] = statement.Text,
        ["parameters"] = statement.Parameters,
    };

    public static Dictionary<string, object?> TransactionalBody(IReadOnlyList<CypherStatement> statements) => new()
    {
        ["statements"] = statements.Select(s => new Dictionary<string, object?> { ["statement"] = s.Text, ["parameters"] = s.Parameters }).ToList(),
    };

    /// <summary>Query API: <c>{"data": {"fields": [...], "values": [[...], ...]}}</c>.</summary>
    public static CypherResult ParseQueryApi(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return CypherResult.Empty;
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = data.TryGetProperty("values", out var v) ? v.EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList() : [];
        return new CypherResult(fields, rows);
    }

    /// <summary>Transactional endpoint: <c>{"results": [{"columns": [...], "data": [{"row": [...]}]}], "errors": []}</c>.</summary>
    public static IReadOnlyList<CypherResult> ParseTransactional(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("results", out var results)) return [];
        var parsed = new List<CypherResult>();
        foreach (var result in results.EnumerateArray())
        {
            var fields = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var rows = result.TryGetProperty("data", out var d)
                ? d.EnumerateArray().Select(r => r.GetProperty("row").EnumerateArray().ToArray()).ToList()
                : [];
            parsed.Add(new CypherResult(fields, rows));
        }
        return parsed;
    }

    public static string DatabasePath(string database) => "db/" + Uri.EscapeDataString(database);
}

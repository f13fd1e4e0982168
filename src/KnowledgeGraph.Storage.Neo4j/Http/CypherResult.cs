using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>The answer to one statement: column names and rows of JSON values (both protocols' shapes end up here).</summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows)
{
    public static readonly CypherResult Empty = new([], []);

    /// <summary>The value of column <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public JsonElement Value(int row, string field)
    {
        var index = -1;
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field) index = i;
        }
        if (index < 0) throw new KeyNotFoundException($"The result has no column '{field}'.");
        return Rows[row][index];
    }
}

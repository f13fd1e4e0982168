using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>The statements of schema/neo4j/constraints.cypher (compiled in): split on <c>;</c> at line ends, comments dropped.</summary>
internal static class SchemaScript
{
    public static IReadOnlyList<CypherStatement> Load()
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream("KnowledgeGraph.Storage.Neo4j.constraints.cypher")
            ?? throw new InvalidOperationException("constraints.cypher is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }

    public static IReadOnlyList<CypherStatement> Split(string script)
    {
        var statements = new List<CypherStatement>();
        var current = new List<string>();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            current.Add(line);
            if (!line.EndsWith(';')) continue;
            statements.Add(new CypherStatement(string.Join(' ', current).TrimEnd(';')));
            current.Clear();
        }
        if (current.Count > 0) statements.Add(new CypherStatement(string.Join(' ', current)));
        return statements;
    }
}

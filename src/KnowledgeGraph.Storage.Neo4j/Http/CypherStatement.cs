namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>One Cypher statement and its parameters. Values only ever travel as parameters, never inside the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The suites that use the real Neo4j share one database and empty it first, so they never run at the same time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection
{
    public const string Name = "real neo4j";
}

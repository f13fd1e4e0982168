namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Which of Neo4j's HTTP interfaces the store speaks.</summary>
public enum Neo4jProtocol
{
    /// <summary>The Query API, <c>/db/{db}/query/v2</c> (Neo4j 5.19+ and Aura): one statement per request, errors as HTTP 4xx.</summary>
    QueryApi,

    /// <summary>The transactional endpoint, <c>/db/{db}/tx</c> (4.4 and 5.x, deprecated in 5.26): many statements per request, errors inside a 200.</summary>
    Transactional,
}

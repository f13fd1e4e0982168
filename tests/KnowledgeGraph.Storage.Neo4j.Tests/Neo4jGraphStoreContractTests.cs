using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Contract;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The store contract against the Neo4j named by <c>KG_NEO4J_URI</c>, else a container when Docker answers (skipped with
/// the reason otherwise). Each test starts from an empty database: everything is deleted first, so point it at a
/// database you can throw away.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new Neo4jGraphStore(await Neo4jTestServer.GetOptionsAsync());
        await store.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
        await store.InitializeAsync();
        return store;
    }
}

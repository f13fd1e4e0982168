namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>One of Neo4j's HTTP interfaces: auto-commit statements and explicit transactions.</summary>
internal interface INeo4jProtocol
{
    /// <summary>Runs statements, each committed on its own (reads, schema statements).</summary>
    Task<IReadOnlyList<CypherResult>> RunAutoCommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    ICypherTransaction Begin();
}

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>An open explicit transaction: statements run in it see each other's writes; commit or roll back ends it.</summary>
internal interface ICypherTransaction
{
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}


namespace KnowledgeGraph.Api.Schema;

/// <summary>The GraphQL schema of the knowledge graph (printed to schema/schema.graphql).</summary>
internal sealed class KnowledgeGraphSchema : GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "A citation-and-concept knowledge graph of machine-learning research papers.";
    }
}

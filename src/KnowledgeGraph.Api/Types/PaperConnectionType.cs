using GraphQL.Types.Relay;

namespace KnowledgeGraph.Api.Types;

/// <summary>A Relay connection of papers: totalCount, edges { node cursor }, pageInfo { hasNextPage endCursor … }, items.</summary>
internal sealed class PaperConnectionType : ConnectionType<PaperType, EdgeType<PaperType>>
{
    public PaperConnectionType()
    {
        Name = "PaperConnection";
    }
}

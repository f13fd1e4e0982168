using GraphQL.Types;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Types;

/// <summary>A Louvain community of papers, labeled by its top entities and words.</summary>
internal sealed class CommunityType : ObjectGraphType<CommunitySummary>
{
    public CommunityType()
    {
        Name = "Community";
        Field<NonNullGraphType<IntGraphType>>("id").Description("Use it in papers(filter: {community: …})").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("size").Resolve(c => c.Source.Size);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
    }
}

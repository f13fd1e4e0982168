using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>A fewest-hop path: its length in edges and its steps from the start node.</summary>
internal sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("steps").Resolve(c => c.Source.Steps);
    }
}

/// <summary>A node on a path and the relationship that led to it.</summary>
internal sealed class PathStepType : ObjectGraphType<GraphPathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label.ToString());
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("via").Description("CITES, USES, … (null on the first step)").Resolve(c => c.Source.Via?.ToGraphName());
    }
}

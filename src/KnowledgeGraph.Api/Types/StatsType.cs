using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Types;

/// <summary>Counts per node label and relationship type.</summary>
internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("papers").Description("Real papers (stubs not counted)").Resolve(c => (int)c.Source.Nodes.GetValueOrDefault(NodeLabel.Paper));
        Field<NonNullGraphType<IntGraphType>>("stubPapers").Resolve(c => (int)c.Source.StubPapers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("nodes")
            .Resolve(c => c.Source.Nodes.OrderBy(kv => kv.Key).Select(kv => new KeyValuePair<string, long>(kv.Key.ToString(), kv.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("relationships")
            .Resolve(c => c.Source.Relationships.OrderBy(kv => kv.Key).Select(kv => new KeyValuePair<string, long>(kv.Key.ToGraphName(), kv.Value)).ToList());
    }
}

/// <summary>A name and how many there are.</summary>
internal sealed class CountType : ObjectGraphType<KeyValuePair<string, long>>
{
    public CountType()
    {
        Name = "Count";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => (int)c.Source.Value);
    }
}

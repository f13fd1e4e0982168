using GraphQL.Types;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Core.Storage.ReadModel;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Types;

/// <summary>A method, dataset, task, concept or metric: its papers (paginated) and its is-a parents and children.</summary>
internal sealed class EntityType : ObjectGraphType<EntityNode>
{
    public EntityType(IOptions<KnowledgeGraphApiOptions> options)
    {
        Name = "Entity";
        Field<NonNullGraphType<IdGraphType>>("id").Description("e.g. method:mamba").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Method, Dataset, Task, Concept, Metric or Result").Resolve(c => c.Source.Label.ToString());
        Field<NonNullGraphType<BooleanGraphType>>("discovered").Description("Found by a pattern, not in the vocabulary").Resolve(c => c.Source.Discovered);
        Field<NonNullGraphType<PaperConnectionType>>("papers").Description("Papers linked to it, most central first")
            .PageArgs(PageArguments.DefaultPageSize, options.Value.MaxPageSize)
            .Resolve(c => c.Loaders().EntityPapers(c.Source.Id, PageArguments.Request(c)).ToConnection());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("parents").Description("What it IS_A (or is BROADER-ed by)")
            .Resolve(c => c.Loaders().Families.Load(c.Source.Id, f => f.Parents));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("children").Description("What IS_A it")
            .Resolve(c => c.Loaders().Families.Load(c.Source.Id, f => f.Children));
    }
}

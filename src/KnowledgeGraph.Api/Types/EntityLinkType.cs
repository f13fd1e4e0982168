using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>A paper → entity link: the entity and the evidence sentence, confidence and extractor of the link.</summary>
internal sealed class EntityLinkType : ObjectGraphType<PaperEntityLink>
{
    public EntityLinkType()
    {
        Name = "EntityLink";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name of the entity").Resolve(c => c.Source.Entity.Name);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Entity id, e.g. method:mamba").Resolve(c => c.Source.Entity.Id);
        Field<NonNullGraphType<StringGraphType>>("relationship").Description("PROPOSES, USES, EVALUATES_ON, …").Resolve(c => c.Source.Type.ToGraphName());
        Field<StringGraphType>("surface").Description("The text as it appears in the paper").Resolve(c => c.Source.Surface);
        Field<StringGraphType>("evidence").Description("The sentence that names it").Resolve(c => c.Source.Evidence);
        Field<FloatGraphType>("confidence").Resolve(c => c.Source.Confidence);
        Field<StringGraphType>("extractor").Resolve(c => c.Source.Extractor);
        Field<NonNullGraphType<EntityType>>("entity").Description("The entity node, with its papers and is-a family").Resolve(c => c.Source.Entity);
    }
}

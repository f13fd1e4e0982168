using GraphQL.Types;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>A result a paper reports: value, metric, dataset and method as the sentence gives them, with the evidence.</summary>
internal sealed class ResultLinkType : ObjectGraphType<PaperEntityLink>
{
    public ResultLinkType()
    {
        Name = "ResultLink";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Entity.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Entity.Name);
        Field<StringGraphType>("value").Description("As written, e.g. 91.2%").Resolve(c => c.Source.Properties.GetValueOrDefault("value"));
        Field<FloatGraphType>("numericValue").Resolve(c => MetricDirection.Parse(c.Source.Properties.GetValueOrDefault("value")));
        Field<StringGraphType>("metric").Resolve(c => c.Source.Properties.GetValueOrDefault("metric"));
        Field<StringGraphType>("dataset").Resolve(c => c.Source.Properties.GetValueOrDefault("dataset"));
        Field<StringGraphType>("method").Resolve(c => c.Source.Properties.GetValueOrDefault("method"));
        Field<StringGraphType>("evidence").Resolve(c => c.Source.Evidence);
        Field<FloatGraphType>("confidence").Resolve(c => c.Source.Confidence);
    }
}

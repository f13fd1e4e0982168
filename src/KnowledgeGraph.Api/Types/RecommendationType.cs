using GraphQL.Types;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>A related paper with its score and the reasons it is related.</summary>
internal sealed class RecommendationType : ObjectGraphType<RelatedPaper>
{
    public RecommendationType()
    {
        Name = "Recommendation";
        Field<PaperType>("paper").Resolve(c => c.Loaders().Papers.Load(c.Source.ToId));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 = most related").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => c.Source.Reasons);
    }
}

using GraphQL.Types;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>One leaderboard row: a reported result, ranked, linked to its paper and evidence.</summary>
internal sealed class LeaderboardEntryType : ObjectGraphType<LeaderboardEntry>
{
    public LeaderboardEntryType()
    {
        Name = "LeaderboardEntry";
        Field<NonNullGraphType<IntGraphType>>("rank").Resolve(c => c.Source.Rank);
        Field<PaperType>("paper").Resolve(c => c.Loaders().Papers.Load(c.Source.PaperId));
        Field<NonNullGraphType<StringGraphType>>("value").Description("As written, e.g. 91.2%").Resolve(c => c.Source.Value);
        Field<FloatGraphType>("numericValue").Resolve(c => c.Source.NumericValue);
        Field<StringGraphType>("metric").Resolve(c => c.Source.Metric);
        Field<StringGraphType>("dataset").Resolve(c => c.Source.Dataset);
        Field<StringGraphType>("method").Resolve(c => c.Source.Method);
        Field<StringGraphType>("evidence").Resolve(c => c.Source.Evidence);
        Field<FloatGraphType>("confidence").Resolve(c => c.Source.Confidence);
    }
}

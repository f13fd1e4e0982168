using GraphQL.Types;

namespace KnowledgeGraph.Api.Types;

/// <summary>Filters of papers(filter: …); entity filters take canonical names (any case) or entity ids. All given filters must hold.</summary>
internal sealed class PaperFilterType : InputObjectGraphType
{
    public PaperFilterType()
    {
        Name = "PaperFilter";
        Field<StringGraphType>("dataset").Description("Evaluates on this dataset");
        Field<StringGraphType>("method").Description("Proposes, uses or compares with this method");
        Field<StringGraphType>("task").Description("Addresses this task");
        Field<StringGraphType>("concept").Description("Mentions this concept");
        Field<IntGraphType>("yearFrom").Description("Published in or after this year");
        Field<IntGraphType>("yearTo").Description("Published in or before this year");
        Field<IntGraphType>("community").Description("In this community (see communities)");
    }
}

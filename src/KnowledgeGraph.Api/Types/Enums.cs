using GraphQL.Types;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>RELEVANCE (search only), PAGERANK, CITATIONS, NEWEST, OLDEST, TITLE.</summary>
internal sealed class PaperOrderType : EnumerationGraphType<PaperOrder>
{
    public PaperOrderType()
    {
        Name = "PaperOrder";
    }
}

/// <summary>PAGERANK or CITATIONS.</summary>
internal sealed class PaperRankingType : EnumerationGraphType<PaperRanking>
{
    public PaperRankingType()
    {
        Name = "PaperRanking";
    }
}

using GraphQL.Types;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Types;

/// <summary>RELEVANCE (search only), PAGERANK, CITATIONS, NEWEST, OLDEST, TITLE.</summary>
internal sealed class PaperOrderType : EnumerationGraphType
{
    public PaperOrderType()
    {
        Name = "PaperOrder";
        Add("RELEVANCE", PaperOrder.Relevance, "Best full-text match first (with search; else PAGERANK)");
        Add("PAGERANK", PaperOrder.PageRank, "Most central first");
        Add("CITATIONS", PaperOrder.Citations, "Most cited first");
        Add("NEWEST", PaperOrder.Newest);
        Add("OLDEST", PaperOrder.Oldest);
        Add("TITLE", PaperOrder.Title);
    }
}

/// <summary>PAGERANK or CITATIONS.</summary>
internal sealed class PaperRankingType : EnumerationGraphType
{
    public PaperRankingType()
    {
        Name = "PaperRanking";
        Add("PAGERANK", PaperRanking.PageRank, "Most central first");
        Add("CITATIONS", PaperRanking.Citations, "Most cited first");
    }
}

using GraphQL.Types;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Api.Types;

/// <summary>The worker's last finished analytics refresh (PageRank, communities, RELATED_TO).</summary>
internal sealed class AnalyticsRefreshType : ObjectGraphType<AnalyticsRefreshRecord>
{
    public AnalyticsRefreshType()
    {
        Name = "AnalyticsRefresh";
        Field<NonNullGraphType<StringGraphType>>("at").Description("ISO 8601, UTC").Resolve(c => c.Source.At.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("papers").Resolve(c => c.Source.Papers);
        Field<NonNullGraphType<IntGraphType>>("communities").Resolve(c => c.Source.Communities);
        Field<NonNullGraphType<FloatGraphType>>("seconds").Resolve(c => c.Source.Seconds);
    }
}

using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Api.Status;
using KnowledgeGraph.Api.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Worker.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The root query: papers (search, filters, paging), one paper, entities, leaderboards, paths, communities, rankings and counts.</summary>
internal sealed class QueryType : ObjectGraphType
{
    private const int MaxPathLength = 10;

    public QueryType(IOptions<KnowledgeGraphApiOptions> options)
    {
        var maxPage = options.Value.MaxPageSize;
        Name = "Query";

        Field<NonNullGraphType<PaperConnectionType>>("papers")
            .Description("Papers: full-text search over title and abstract, filters, order and cursor paging")
            .Argument<StringGraphType>("search", "Words that must all appear in the title or abstract")
            .Argument<PaperFilterType>("filter")
            .Argument<PaperOrderType>("orderBy", "Default: RELEVANCE when searching, else PAGERANK")
            .PageArgs(PageArguments.DefaultPageSize, maxPage)
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var query = new PaperQuery
                {
                    Search = c.GetArgument<string?>("search"),
                    Dataset = filter.GetValueOrDefault("dataset") as string,
                    Method = filter.GetValueOrDefault("method") as string,
                    Task = filter.GetValueOrDefault("task") as string,
                    Concept = filter.GetValueOrDefault("concept") as string,
                    YearFrom = filter.GetValueOrDefault("yearFrom") as int?,
                    YearTo = filter.GetValueOrDefault("yearTo") as int?,
                    Community = filter.GetValueOrDefault("community") as int?,
                    Order = c.GetArgument<PaperOrder?>("orderBy"),
                    Page = PageArguments.Request(c),
                };
                // An empty range is almost always swapped bounds: say so instead of answering "no papers".
                if (query.YearFrom > query.YearTo)
                {
                    throw new ExecutionError($"filter: yearFrom {query.YearFrom} is after yearTo {query.YearTo}") { Code = "BAD_FILTER" };
                }
                return PageArguments.ToConnection(await c.Service<IGraphReadModel>().GetPapersAsync(query, c.CancellationToken));
            });

        Field<PaperType>("paper")
            .Description("One paper by its id or any external id (arxiv:2401.00001, doi:10.…, or the bare id)")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = await c.Service<IGraphReadModel>().ResolvePaperIdAsync(c.GetArgument<string>("id"), c.CancellationToken);
                return id is null ? null : await c.Loaders().Papers.Load(id).GetResultAsync(c.CancellationToken);
            });

        Entity("method", NodeLabel.Method);
        Entity("dataset", NodeLabel.Dataset);
        Entity("task", NodeLabel.Task);
        Entity("concept", NodeLabel.Concept);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryType>>>>("leaderboard")
            .Description("Reported results ranked best first (lower is better for error-like metrics), each with its paper and evidence")
            .Argument<StringGraphType>("task")
            .Argument<StringGraphType>("dataset")
            .Argument<StringGraphType>("metric")
            .PageArgs(PageArguments.DefaultPageSize, maxPage, withAfter: false)
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().GetLeaderboardAsync(
                new LeaderboardQuery(c.GetArgument<string?>("task"), c.GetArgument<string?>("dataset"), c.GetArgument<string?>("metric"),
                    PageArguments.First(c, PageArguments.DefaultPageSize)),
                c.CancellationToken));

        Field<PathType>("path")
            .Description("A fewest-hop path between two papers or entities (method:mamba) through citations and entity links; null when none")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxLength", $"Most edges (1 to {MaxPathLength}, default 6)", a =>
            {
                a.DefaultValue = 6;
                a.Validate(value =>
                {
                    if (value is int length && (length < 1 || length > MaxPathLength))
                    {
                        throw new ArgumentOutOfRangeException(nameof(value), $"maxLength must be between 1 and {MaxPathLength} (got {length}).");
                    }
                });
            })
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().FindPathAsync(
                c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument("maxLength", 6), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("communities")
            .Description("Communities of papers, largest first (written by `kg analyze`)")
            .PageArgs(PageArguments.DefaultPageSize, maxPage, withAfter: false)
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().GetCommunitiesAsync(PageArguments.First(c, PageArguments.DefaultPageSize), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>>("topPapers")
            .Description("The most central (PAGERANK) or most cited (CITATIONS) papers")
            .Argument<PaperRankingType>("by", a => a.DefaultValue = PaperRanking.PageRank)
            .PageArgs(10, maxPage, withAfter: false)
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().GetTopPapersAsync(
                c.GetArgument("by", PaperRanking.PageRank), PageArguments.First(c, 10), c.CancellationToken));

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Counts per node label and relationship type")
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().GetStatsAsync(c.CancellationToken));

        Field<NonNullGraphType<IngestStatusType>>("ingestStatus")
            .Description("The inbox worker's progress: files done / in progress / quarantined, records, recent errors, last analytics refresh")
            // The worker's live status when it runs in this process; otherwise the checkpoint table a worker elsewhere writes.
            .ResolveAsync(async c => await (c.RequestServices!.GetService<IIngestStatus>() ?? c.Service<CheckpointIngestStatus>()).GetAsync(c.CancellationToken));
    }

    private void Entity(string name, NodeLabel label) =>
        Field<EntityType>(name)
            .Description($"A {label.ToString().ToLowerInvariant()} by canonical name (any case) or id, with its papers and is-a family")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Service<IGraphReadModel>().FindEntityAsync(label, c.GetArgument<string>("name"), c.CancellationToken));
}

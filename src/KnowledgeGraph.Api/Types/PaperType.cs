using GraphQL.Types;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Types;

/// <summary>A paper: its fields and ids, analytics, linked entities with evidence, citations both ways and related papers.</summary>
internal sealed class PaperType : ObjectGraphType<PaperSummary>
{
    public PaperType(IOptions<KnowledgeGraphApiOptions> options)
    {
        var maxPage = options.Value.MaxPageSize;
        Name = "Paper";
        Description = "A research paper. Stubs are papers known only because something cites them.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The stable paper id (doi:… > arxiv:… > … > title:hash)").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Paper.Title);
        Field<StringGraphType>("abstract").Resolve(c => c.Source.Paper.Abstract);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("authors").Description("In byline order")
            .Resolve(c => c.Loaders().Authors.Load(c.Source.Id));
        Field<StringGraphType>("published").Description("As precise as the source gives it: 2024, 2024-03 or 2024-03-11").Resolve(c => c.Source.Paper.Published);
        Field<IntGraphType>("year").Resolve(c => c.Source.Paper.Year);
        Field<StringGraphType>("venue").Resolve(c => c.Source.Paper.Venue);
        Field<NonNullGraphType<ExternalIdsType>>("ids").Resolve(c => c.Source.Paper.Ids);
        Field<NonNullGraphType<BooleanGraphType>>("isStub").Resolve(c => c.Source.Paper.IsStub);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Description("format:file the paper was read from")
            .Resolve(c => c.Source.Paper.Sources);
        Field<FloatGraphType>("pagerank").Description("Null until `kg analyze` ran").Resolve(c => c.Source.PageRank);
        Field<IntGraphType>("citationCount").Resolve(c => c.Source.CitationCount);
        Field<IntGraphType>("community").Resolve(c => c.Source.Community);

        Links("proposes", "The paper's own named methods", RelationshipType.Proposes);
        Links("methods", "Methods and architectures it uses", RelationshipType.Uses);
        Links("comparedWith", "Baselines it reports against", RelationshipType.ComparesWith);
        Links("datasets", "Datasets it evaluates on", RelationshipType.EvaluatesOn);
        Links("tasks", "Tasks it addresses", RelationshipType.Addresses);
        Links("concepts", "Key research concepts it mentions", RelationshipType.Mentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityLinkType>>>>("metrics").Description("Metrics of the results it reports")
            .Resolve(c => c.Loaders().Links.Load(c.Source.Id, MetricsOf));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultLinkType>>>>("results").Description("Results it reports (value, metric, dataset, method)")
            .Resolve(c => c.Loaders().Links.Load(c.Source.Id, links => links.Where(l => l.Type == RelationshipType.Reports).ToList()));

        Field<NonNullGraphType<PaperConnectionType>>("references").Description("Papers it cites")
            .PageArgs(PageArguments.DefaultPageSize, maxPage)
            .Resolve(c => c.Loaders().Citations(c.Source.Id, CitationDirection.References, PageArguments.Request(c)).ToConnection());
        Field<NonNullGraphType<PaperConnectionType>>("citedBy").Description("Papers that cite it, most central first")
            .PageArgs(PageArguments.DefaultPageSize, maxPage)
            .Resolve(c => c.Loaders().Citations(c.Source.Id, CitationDirection.CitedBy, PageArguments.Request(c)).ToConnection());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("related")
            .Description("Related papers written by `kg analyze` (RELATED_TO), best first, with score and reasons")
            .PageArgs(10, maxPage, withAfter: false)
            .Resolve(c => c.Loaders().Related(c.Source.Id, PageArguments.First(c, 10)));
    }

    private void Links(string name, string description, RelationshipType type) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityLinkType>>>>(name).Description(description)
            .Resolve(c => c.Loaders().Links.Load(c.Source.Id, links => links.Where(l => l.Type == type).ToList()));

    /// <summary>The distinct metrics the paper's results are measured by (a Result's MEASURED_BY, kept on its node as 'metric').</summary>
    private static List<PaperEntityLink> MetricsOf(IReadOnlyList<PaperEntityLink> links) =>
        links.Where(l => l.Type == RelationshipType.Reports && l.Properties.ContainsKey("metric"))
            .GroupBy(l => l.Properties["metric"], StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var best = g.OrderByDescending(l => l.Confidence ?? 0).First();
                var metric = g.Key;
                return best with { Entity = new EntityNode(EntityId.For(NodeLabel.Metric, metric), NodeLabel.Metric, metric), Surface = metric };
            })
            .ToList();
}

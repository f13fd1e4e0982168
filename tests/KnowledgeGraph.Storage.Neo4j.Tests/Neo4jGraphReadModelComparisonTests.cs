using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The Neo4j read model answers like the SQLite one over the same ingested sample: same papers, same top search hit,
/// same entities and citations. Runs against a real Neo4j (KG_NEO4J_URI or Docker); skipped with the reason otherwise.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphReadModelComparisonTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    private static readonly PaperQuery AllPapers = new() { Page = new PageRequest(1000) };

    [Fact]
    public async Task GetPapersAsync_WholeSample_SamePapersAndTotal()
    {
        var sqlite = await graph.Sqlite.GetPapersAsync(AllPapers);
        var neo4j = await graph.Neo4j.GetPapersAsync(AllPapers);

        Assert.NotEmpty(sqlite.Items);
        Assert.Equal(sqlite.TotalCount, neo4j.TotalCount);
        Assert.Equal(sqlite.Items.Select(p => p.Id).Order(), neo4j.Items.Select(p => p.Id).Order());
        Assert.Equal(sqlite.Items.Select(p => p.Paper.Title).Order(), neo4j.Items.Select(p => p.Paper.Title).Order());
    }

    [Fact]
    public async Task GetPapersAsync_SearchForAPapersTitle_SameTopHit()
    {
        var papers = (await graph.Sqlite.GetPapersAsync(AllPapers)).Items.Take(5).ToList();

        foreach (var paper in papers)
        {
            var query = new PaperQuery { Search = paper.Paper.Title, Page = new PageRequest(3) };
            var sqlite = await graph.Sqlite.GetPapersAsync(query);
            var neo4j = await graph.Neo4j.GetPapersAsync(query);
            Assert.Equal(sqlite.Items[0].Id, neo4j.Items[0].Id);
        }
    }

    [Fact]
    public async Task GetEntityLinksAsync_EveryPaper_SameEntitiesWithTheSameEvidence()
    {
        var ids = (await graph.Sqlite.GetPapersAsync(AllPapers)).Items.Select(p => p.Id).ToList();

        var sqlite = await graph.Sqlite.GetEntityLinksAsync(ids);
        var neo4j = await graph.Neo4j.GetEntityLinksAsync(ids);

        static IEnumerable<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<PaperEntityLink>> links) =>
            links.SelectMany(kv => kv.Value.Select(l => $"{l.PaperId} {l.Type} {l.Entity.Id} {l.Entity.Name} {l.Evidence} {l.Confidence}")).Order(StringComparer.Ordinal);
        Assert.NotEmpty(sqlite);
        Assert.Equal(Flatten(sqlite), Flatten(neo4j));
    }

    [Fact]
    public async Task GetCitationsAndAuthors_EveryPaper_SameTotalsAndBylines()
    {
        var ids = (await graph.Sqlite.GetPapersAsync(AllPapers)).Items.Select(p => p.Id).ToList();

        var sqliteCitations = await graph.Sqlite.GetCitationsAsync(ids, CitationDirection.References, new PageRequest(100));
        var neo4jCitations = await graph.Neo4j.GetCitationsAsync(ids, CitationDirection.References, new PageRequest(100));
        var sqliteAuthors = await graph.Sqlite.GetAuthorsAsync(ids);
        var neo4jAuthors = await graph.Neo4j.GetAuthorsAsync(ids);

        Assert.All(ids, id => Assert.Equal(sqliteCitations[id].TotalCount, neo4jCitations[id].TotalCount));
        Assert.All(ids, id => Assert.Equal(
            sqliteAuthors.TryGetValue(id, out var s) ? s : [], neo4jAuthors.TryGetValue(id, out var n) ? n : []));
    }

    [Fact]
    public async Task FindEntityAndEntityPapers_AnEntityOfTheSample_SameEntityAndPapers()
    {
        var ids = (await graph.Sqlite.GetPapersAsync(AllPapers)).Items.Select(p => p.Id).ToList();
        var link = (await graph.Sqlite.GetEntityLinksAsync(ids)).Values.SelectMany(l => l).First(l => l.Entity.Label != NodeLabel.Result);

        var sqliteEntity = await graph.Sqlite.FindEntityAsync(link.Entity.Label, link.Entity.Name.ToUpperInvariant());
        var neo4jEntity = await graph.Neo4j.FindEntityAsync(link.Entity.Label, link.Entity.Name.ToUpperInvariant());
        var sqlitePapers = await graph.Sqlite.GetEntityPapersAsync([link.Entity.Id], new PageRequest(100));
        var neo4jPapers = await graph.Neo4j.GetEntityPapersAsync([link.Entity.Id], new PageRequest(100));

        Assert.Equal(sqliteEntity, neo4jEntity);
        Assert.Equal(sqlitePapers[link.Entity.Id].Items.Select(p => p.Id).Order(), neo4jPapers[link.Entity.Id].Items.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task GetStatsAsync_WholeSample_SameCounts()
    {
        var sqlite = await graph.Sqlite.GetStatsAsync();
        var neo4j = await graph.Neo4j.GetStatsAsync();

        Assert.Equal(sqlite.Nodes[NodeLabel.Paper], neo4j.Nodes[NodeLabel.Paper]);
        Assert.Equal(sqlite.StubPapers, neo4j.StubPapers);
        Assert.Equal(sqlite.Relationships[RelationshipType.Cites], neo4j.Relationships[RelationshipType.Cites]);
    }
}

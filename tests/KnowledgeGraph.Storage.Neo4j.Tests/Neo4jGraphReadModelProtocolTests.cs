using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.ReadModel;
using KnowledgeGraph.Storage.Neo4j.ReadModel;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The read model's exchange with a Neo4j-shaped server on loopback: one parameterized statement per batched call,
/// and the documented answer shapes mapped into the read-model records.
/// </summary>
public sealed class Neo4jGraphReadModelProtocolTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore CreateStore() => new(new Neo4jStoreOptions { Uri = _server.Uri, Password = "pw", RetryDelay = TimeSpan.FromMilliseconds(5) });

    private static string Paper(string id, string title, double? pagerank = null, int? community = null, bool stub = false) =>
        $$"""{"id":"{{id}}","title":"{{title}}","abstract":null,"published":"2024-01-02","year":2024,"venue":null,"ids":["arxiv:{{id}}"],"isStub":{{(stub ? "true" : "false")}},"sources":["sample"],"pagerank":{{(pagerank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")}},"citationCount":3,"community":{{(community?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")}}}""";

    /// <summary>The statements sent after the schema was applied (the read model's own).</summary>
    private List<(string Text, System.Text.Json.JsonElement Parameters)> ReadStatements() =>
        [.. _server.Statements().Where(s => !s.Text.StartsWith("CREATE ", StringComparison.Ordinal))];

    [Fact]
    public async Task GetPapersByIdsAsync_ManyIds_OneStatementWithTheIdsAsAListParameter()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.StartsWith("UNWIND $ids", StringComparison.Ordinal) ? $"[[{Paper("p1", "Mamba", 0.25, 4)}],[{Paper("p2", "Vision Mamba")}]]" : "[]";
        var ids = Enumerable.Range(0, 50).Select(i => "p" + i).ToList();

        var papers = await new Neo4jGraphReadModel(store).GetPapersByIdsAsync(ids);

        var statement = Assert.Single(ReadStatements());
        Assert.Equal(50, statement.Parameters.GetProperty("ids").GetArrayLength());
        Assert.DoesNotContain("p1", statement.Text, StringComparison.Ordinal);
        Assert.Equal(["p1", "p2"], papers.Keys.Order());
        Assert.Equal(("Mamba", 0.25, 3, 4), (papers["p1"].Paper.Title, papers["p1"].PageRank, papers["p1"].CitationCount, papers["p1"].Community));
        Assert.Null(papers["p2"].PageRank);
    }

    [Fact]
    public async Task GetPapersAsync_SearchWithLuceneSyntax_QueriesTheFullTextIndexWithAnEscapedParameter()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.Contains("queryNodes", StringComparison.Ordinal) ? $"[[3, [{Paper("p1", "Mamba")}, {Paper("p2", "Mamba 2")}]]]" : "[]";

        var page = await new Neo4jGraphReadModel(store).GetPapersAsync(new PaperQuery { Search = "mamba\" OR title:x* ~2 }) //", Page = new PageRequest(1) });

        var statement = Assert.Single(ReadStatements());
        Assert.StartsWith("CALL db.index.fulltext.queryNodes('paper_text', $q)", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("mamba", statement.Text, StringComparison.OrdinalIgnoreCase);
        var q = statement.Parameters.GetProperty("q").GetString()!;
        Assert.Equal("title:(mamba AND or AND title AND x AND 2)^10 OR (mamba AND or AND title AND x AND 2)", q);
        Assert.Equal((0, 2), (statement.Parameters.GetProperty("offset").GetInt32(), statement.Parameters.GetProperty("limit").GetInt32()));
        Assert.Equal("p1", Assert.Single(page.Items).Id);
        Assert.True(page.HasNextPage);
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task GetPapersAsync_OnlyPunctuation_AnswersEmptyWithoutAskingTheServer()
    {
        await using var store = CreateStore();
        var page = await new Neo4jGraphReadModel(store).GetPapersAsync(new PaperQuery { Search = "\"*:()" });

        Assert.Empty(page.Items);
        Assert.Empty(ReadStatements());
    }

    [Fact]
    public async Task GetPapersAsync_FiltersWithoutTotal_EntityIdsAndYearsAsParametersSkipLimitPage()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.StartsWith("MATCH (p:Paper)", StringComparison.Ordinal) ? $"[[null, [{Paper("p1", "Mamba")}]]]" : "[]";

        var page = await new Neo4jGraphReadModel(store).GetPapersAsync(new PaperQuery
        {
            Dataset = "ImageNet", Method = "method:mamba", YearFrom = 2020, Page = new PageRequest(5, 10, IncludeTotalCount: false),
        });

        var statement = Assert.Single(ReadStatements());
        Assert.Contains("EXISTS { MATCH (p)-[:EVALUATES_ON]->(:Dataset {id: $dataset}) }", statement.Text, StringComparison.Ordinal);
        Assert.Contains("[:PROPOSES|USES|COMPARES_WITH]->(:Method {id: $method})", statement.Text, StringComparison.Ordinal);
        Assert.Contains("SKIP $offset LIMIT $limit", statement.Text, StringComparison.Ordinal);
        Assert.Equal("dataset:imagenet", statement.Parameters.GetProperty("dataset").GetString());
        Assert.Equal("method:mamba", statement.Parameters.GetProperty("method").GetString());
        Assert.Equal(2020, statement.Parameters.GetProperty("yearFrom").GetInt32());
        Assert.Equal((10, 6), (statement.Parameters.GetProperty("offset").GetInt32(), statement.Parameters.GetProperty("limit").GetInt32()));
        Assert.Equal((1, false, (int?)null, 10), (page.Items.Count, page.HasNextPage, page.TotalCount, page.Offset));
    }

    [Fact]
    public async Task GetCitationsAsync_ManyPapers_OneStatementOnePagePerPaper()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.Contains("[:CITES]->", StringComparison.Ordinal)
            ? $"""[["a", 3, [{Paper("r1", "R1")}, {Paper("r2", "R2")}, {Paper("r3", "R3")}]], ["b", 1, [{Paper("r1", "R1")}]]]"""
            : "[]";

        var pages = await new Neo4jGraphReadModel(store).GetCitationsAsync(["a", "b", "c"], CitationDirection.References, new PageRequest(2));

        var statement = Assert.Single(ReadStatements());
        Assert.StartsWith("UNWIND $ids AS owner", statement.Text, StringComparison.Ordinal);
        Assert.Equal(3, statement.Parameters.GetProperty("end").GetInt32());
        Assert.Equal((2, true, (int?)3), (pages["a"].Items.Count, pages["a"].HasNextPage, pages["a"].TotalCount));
        Assert.Equal((1, false, (int?)1), (pages["b"].Items.Count, pages["b"].HasNextPage, pages["b"].TotalCount));
        Assert.Equal((0, false, (int?)0), (pages["c"].Items.Count, pages["c"].HasNextPage, pages["c"].TotalCount));
    }

    [Fact]
    public async Task GetEntityLinksAsync_ResultLink_MapsEntityEvidenceAndResultProperties()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.Contains("type(r) IN $types", StringComparison.Ordinal)
            ? """
              [["p1", "REPORTS", {"id":"result:p1-top1","name":"Top-1 83.2","discovered":false,"labels":["Result"]}, "83.2%", "We reach 83.2% top-1 on ImageNet.", 0.8, "results", "{\"metric\":\"Top-1\",\"value\":\"83.2%\",\"dataset\":\"ImageNet\"}"],
               ["p1", "USES", {"id":"method:mamba","name":"Mamba","discovered":true,"labels":["Method"]}, "Mamba", "Built on Mamba.", 0.9, "vocabulary", null]]
              """
            : "[]";

        var links = await new Neo4jGraphReadModel(store).GetEntityLinksAsync(["p1", "p2"]);

        var statement = Assert.Single(ReadStatements());
        Assert.Contains("REPORTS", statement.Parameters.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        var result = links["p1"][0];
        Assert.Equal((RelationshipType.Reports, NodeLabel.Result, "Top-1 83.2"), (result.Type, result.Entity.Label, result.Entity.Name));
        Assert.Equal(("We reach 83.2% top-1 on ImageNet.", 0.8, "results"), (result.Evidence, result.Confidence, result.Extractor));
        Assert.Equal("83.2%", result.Properties["value"]);
        var uses = links["p1"][1];
        Assert.Equal((RelationshipType.Uses, NodeLabel.Method, true), (uses.Type, uses.Entity.Label, uses.Entity.Discovered));
        Assert.Empty(uses.Properties);
        Assert.False(links.ContainsKey("p2"));
    }

    [Fact]
    public async Task GetAuthorsAndRelated_ManyPapers_OneStatementEachGroupedPerPaper()
    {
        await using var store = CreateStore();
        _server.RowsFor = text =>
            text.Contains("AUTHORED_BY", StringComparison.Ordinal) ? """[["p1","Albert Gu"],["p1","Tri Dao"],["p2","Lianghui Zhu"]]"""
            : text.Contains("RELATED_TO", StringComparison.Ordinal) ? """[["p1","p2",1,0.75,["cites it","same dataset: ImageNet"]]]"""
            : "[]";
        var sut = new Neo4jGraphReadModel(store);

        var authors = await sut.GetAuthorsAsync(["p1", "p2"]);
        var related = await sut.GetRelatedAsync(["p1", "p2"], 5);

        Assert.Equal(2, ReadStatements().Count);
        Assert.Equal(["Albert Gu", "Tri Dao"], authors["p1"]);
        var edge = Assert.Single(related["p1"]);
        Assert.Equal(("p2", 1, 0.75), (edge.ToId, edge.Rank, edge.Score));
        Assert.Equal(["cites it", "same dataset: ImageNet"], edge.Reasons);
        Assert.Equal(5, ReadStatements()[1].Parameters.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task FindEntityAsync_NameInAnyCase_LooksUpIdThenNameAsParameters()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.StartsWith("CALL {", StringComparison.Ordinal) ? """[[{"id":"dataset:imagenet","name":"ImageNet","discovered":false,"labels":["Dataset"]}]]""" : "[]";

        var entity = await new Neo4jGraphReadModel(store).FindEntityAsync(NodeLabel.Dataset, " imagenet ");

        var statement = Assert.Single(ReadStatements());
        Assert.Equal(("dataset:imagenet", "imagenet"), (statement.Parameters.GetProperty("id").GetString(), statement.Parameters.GetProperty("name").GetString()));
        Assert.Equal(new EntityNode("dataset:imagenet", NodeLabel.Dataset, "ImageNet"), entity);
    }

    [Fact]
    public async Task GetLeaderboardAsync_LowerIsBetterMetric_RanksSmallestFirst()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.Contains("REPORTS", StringComparison.Ordinal)
            ? """
              [["result:a","pa","{\"value\":\"3.1\"}",null,"FID","ImageNet","DiT","FID 3.1","0.9"],
               ["result:b","pb","{\"value\":\"2.2\"}",null,"FID","ImageNet","SiT","FID 2.2",0.8],
               ["result:c","pc",null,"n/a","FID","ImageNet",null,null,null]]
              """
            : "[]";

        var board = await new Neo4jGraphReadModel(store).GetLeaderboardAsync(new LeaderboardQuery(null, "ImageNet", "FID"));

        var statement = Assert.Single(ReadStatements());
        Assert.Equal(("metric:fid", "dataset:imagenet"), (statement.Parameters.GetProperty("metric").GetString(), statement.Parameters.GetProperty("dataset").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, statement.Parameters.GetProperty("task").ValueKind);
        Assert.Equal(["result:b", "result:a", "result:c"], board.Select(e => e.ResultId));
        Assert.Equal([1, 2, 3], board.Select(e => e.Rank));
        Assert.Equal((2.2, "SiT"), (board[0].NumericValue, board[0].Method));
    }

    [Fact]
    public async Task FindPathAsync_TwoPapers_ShortestPathBoundedAndMappedToSteps()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.Contains("shortestPath", StringComparison.Ordinal)
            ? """[[[{"id":"p1","title":"Vision Mamba","name":null,"labels":["Paper"]},{"id":"method:mamba","title":null,"name":"Mamba","labels":["Method"]},{"id":"p2","title":"Mamba","name":null,"labels":["Paper"]}],["USES","PROPOSES"]]]"""
            : "[]";

        var path = await new Neo4jGraphReadModel(store).FindPathAsync("p1", "p2", 99);

        var statement = Assert.Single(ReadStatements(), s => s.Text.Contains("shortestPath", StringComparison.Ordinal));
        Assert.Contains($"*..{Neo4jGraphReadModel.MaxPathLength}]", statement.Text, StringComparison.Ordinal);
        Assert.Equal(("p1", "p2"), (statement.Parameters.GetProperty("from").GetString(), statement.Parameters.GetProperty("to").GetString()));
        Assert.NotNull(path);
        Assert.Equal(2, path.Length);
        Assert.Equal([null, RelationshipType.Uses, RelationshipType.Proposes], path.Steps.Select(s => s.Via));
        Assert.Equal(("Mamba", NodeLabel.Method), (path.Steps[1].Name, path.Steps[1].Label));
    }

    [Fact]
    public async Task GetStatsAsync_EveryCount_OneStatementMappedPerLabelAndType()
    {
        await using var store = CreateStore();
        _server.RowsFor = text => text.StartsWith("CALL {", StringComparison.Ordinal)
            ? """[["paper", "real", 68], ["paper", "stub", 310], ["relationship", "CITES", 420], ["relationship", "UNKNOWN_TYPE", 3], ["label", "Dataset", 9]]"""
            : "[]";

        var stats = await new Neo4jGraphReadModel(store).GetStatsAsync();

        var statement = Assert.Single(ReadStatements());
        Assert.All(Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Paper), l => Assert.Contains($"MATCH (x:{l})", statement.Text, StringComparison.Ordinal));
        Assert.Equal((68L, 310L, 9L, 0L), (stats.Nodes[NodeLabel.Paper], stats.StubPapers, stats.Nodes[NodeLabel.Dataset], stats.Nodes[NodeLabel.Method]));
        Assert.Equal(420, stats.Relationships[RelationshipType.Cites]);
    }
}

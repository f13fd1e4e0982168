namespace KnowledgeGraph.Api.Tests;

public sealed class QueryTests
{
    [Fact]
    public async Task Papers_SearchWithPaging_ReturnsDisjointPagesThatAddUpToTotalCount()
    {
        await using var api = await ApiApplication.StartAsync();
        const string query = "query($after: String) { papers(search: \"model\", first: 3, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }";

        var first = (await api.DataAsync(query))["papers"]!;
        var second = (await api.DataAsync(query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["papers"]!;

        var total = (int)first["totalCount"]!;
        Assert.True(total > 6, $"'model' should match many sample papers, matched {total}");
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        var firstIds = first["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
        var secondIds = second["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
        Assert.Equal(3, firstIds.Count);
        Assert.Equal(3, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(total, (int)second["totalCount"]!);
    }

    [Fact]
    public async Task Papers_FilterByDatasetAndMethod_ReturnsOnlyPapersLinkedToBoth()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("{ papers(filter: {dataset: \"ImageNet\"}, first: 50) { totalCount edges { node { datasets { name } } } } }");
        var both = await api.DataAsync("{ papers(filter: {dataset: \"imagenet\", method: \"Transformer\"}, first: 50) { totalCount edges { node { methods { name } comparedWith { name } proposes { name } } } } }");

        Assert.Equal(9, (int)data["papers"]!["totalCount"]!);
        Assert.All(data["papers"]!["edges"]!.AsArray(), e => Assert.Contains(e!["node"]!["datasets"]!.AsArray(), d => (string)d!["name"]! == "ImageNet"));
        var narrowed = (int)both["papers"]!["totalCount"]!;
        Assert.InRange(narrowed, 1, 8);
    }

    [Fact]
    public async Task Papers_UnknownEntityFilter_ReturnsNothing()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("{ papers(filter: {dataset: \"no such dataset\"}) { totalCount edges { node { id } } } }");

        Assert.Equal(0, (int)data["papers"]!["totalCount"]!);
    }

    [Fact]
    public async Task Paper_ById_HasEntitiesWithEvidenceRelatedPapersAndAnalytics()
    {
        await using var api = await ApiApplication.StartAsync(analyze: true);

        var data = await api.DataAsync("""
            { paper(id: "title:da3b560adf9d3fa8") {
                id title abstract authors ids { keys } pagerank community citationCount
                methods { name evidence confidence entity { parents { name } } }
                proposes { name } concepts { name } tasks { name } results { value metric } metrics { name }
                references(first: 5) { totalCount } citedBy(first: 5) { totalCount edges { node { id } } }
                related(first: 3) { score rank reasons paper { id title } } } }
            """);

        var paper = data["paper"]!;
        Assert.Equal("Graph Mamba: Towards Learning on Graphs with State Space Models", (string)paper["title"]!);
        Assert.True((double)paper["pagerank"]! > 0);
        var mamba = paper["methods"]!.AsArray().Concat(paper["proposes"]!.AsArray()).ToList();
        Assert.NotEmpty(mamba);
        Assert.All(paper["methods"]!.AsArray(), m => Assert.False(string.IsNullOrEmpty((string?)m!["evidence"])));
        var related = paper["related"]!.AsArray();
        Assert.Equal(3, related.Count);
        Assert.Equal([1, 2, 3], related.Select(r => (int)r!["rank"]!));
        Assert.All(related, r => Assert.NotEmpty(r!["reasons"]!.AsArray()));
        Assert.All(related, r => Assert.NotNull((string?)r!["paper"]!["title"]));
    }

    [Fact]
    public async Task Paper_UnknownId_IsNull()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("{ paper(id: \"arxiv:9999.99999\") { id } }");

        Assert.Null(data["paper"]);
    }

    [Fact]
    public async Task Method_ByName_HasChildrenAndPagedPapers()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("""
            { method(name: "state space model") { id name children { name parents { name } } papers(first: 2) { totalCount edges { node { title } } pageInfo { hasNextPage } } }
              mamba: method(name: "Mamba") { parents { id } }
              dataset(name: "ImageNet") { papers(first: 1) { totalCount } }
              task(name: "no such task") { id } }
            """);

        var method = data["method"]!;
        Assert.Equal("method:state-space-model", (string)method["id"]!);
        Assert.Contains(method["children"]!.AsArray(), c => (string)c!["name"]! == "Mamba");
        Assert.Contains(data["mamba"]!["parents"]!.AsArray(), p => (string)p!["id"]! == "method:state-space-model");
        Assert.Equal(9, (int)data["dataset"]!["papers"]!["totalCount"]!);
        Assert.Null(data["task"]);
    }

    [Fact]
    public async Task Leaderboard_ByMetric_RanksHigherAccuracyFirstWithPaperAndEvidence()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("{ leaderboard(metric: \"Accuracy\", first: 10) { rank value numericValue metric evidence paper { id } } }");

        var rows = data["leaderboard"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.Equal([1, 2, 3], rows.Select(r => (int)r!["rank"]!));
        var values = rows.Select(r => (double)r!["numericValue"]!).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.All(rows, r => Assert.Equal("Accuracy", (string)r!["metric"]!));
        Assert.All(rows, r => Assert.NotNull((string?)r!["paper"]!["id"]));
    }

    [Fact]
    public async Task Path_BetweenTwoMambaPapers_GoesThroughASharedEntity()
    {
        await using var api = await ApiApplication.StartAsync();

        var data = await api.DataAsync("{ path(from: \"title:da3b560adf9d3fa8\", to: \"title:0f0fecf7be1414c9\", maxLength: 4) { length steps { id label name via } } }");

        var path = data["path"]!;
        Assert.Equal(2, (int)path["length"]!);
        var steps = path["steps"]!.AsArray();
        Assert.Equal("title:da3b560adf9d3fa8", (string)steps[0]!["id"]!);
        Assert.Equal("title:0f0fecf7be1414c9", (string)steps[2]!["id"]!);
        Assert.NotEqual("Paper", (string)steps[1]!["label"]!);
        Assert.Null(steps[0]!["via"]);
    }

    [Fact]
    public async Task CommunitiesTopPapersAndStats_AfterAnalyze_AreFilled()
    {
        await using var api = await ApiApplication.StartAsync(analyze: true);

        var data = await api.DataAsync("""
            { communities(first: 3) { id size label }
              topPapers(by: PAGERANK, first: 5) { id pagerank }
              cited: topPapers(by: CITATIONS, first: 2) { id citationCount }
              stats { papers stubPapers nodes { name count } relationships { name count } } }
            """);

        Assert.Equal(3, data["communities"]!.AsArray().Count);
        var ranks = data["topPapers"]!.AsArray().Select(p => (double)p!["pagerank"]!).ToList();
        Assert.Equal(5, ranks.Count);
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);
        Assert.Equal(68, (int)data["stats"]!["papers"]!);
        Assert.Contains(data["stats"]!["relationships"]!.AsArray(), r => (string)r!["name"]! == "RELATED_TO" && (int)r["count"]! > 0);
    }

    [Fact]
    public async Task Papers_FilterByCommunity_ReturnsThatCommunitysPapers()
    {
        await using var api = await ApiApplication.StartAsync(analyze: true);
        var community = (int)(await api.DataAsync("{ communities(first: 1) { id size } }"))["communities"]![0]!["id"]!;

        var data = await api.DataAsync("query($c: Int) { papers(filter: {community: $c}, first: 100) { totalCount edges { node { community } } } }", new { c = community });

        Assert.All(data["papers"]!["edges"]!.AsArray(), e => Assert.Equal(community, (int)e!["node"]!["community"]!));
    }
}

namespace KnowledgeGraph.Api.Tests;

public sealed class NoNPlusOneTests
{
    private const string Query = """
        query($n: Int) { papers(first: $n) { edges { node { id title
            datasets { name confidence } methods { name evidence }
            related(first: 5) { score paper { id title } } } } } }
        """;

    [Fact]
    public async Task FiftyPapersWithDatasetsMethodsAndRelated_CostAsManyStoreCallsAsFive()
    {
        await using var api = await ApiApplication.StartAsync(analyze: true, countCalls: true);

        await api.DataAsync(Query, new { n = 5 });
        var forFive = api.Counter!.Calls;
        api.Counter.Reset();
        var data = await api.DataAsync(Query, new { n = 50 });
        var forFifty = api.Counter.Calls;

        Assert.Equal(50, data["papers"]!["edges"]!.AsArray().Count);
        Assert.Contains(data["papers"]!["edges"]!.AsArray(), e => e!["node"]!["related"]!.AsArray().Count == 5);
        // papers page, entity links (datasets and methods share them), related, related papers by id.
        Assert.Equal(4, forFifty);
        Assert.Equal(forFive, forFifty);
    }
}

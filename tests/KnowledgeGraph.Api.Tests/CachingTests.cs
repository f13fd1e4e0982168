using System.Net;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The validated-document cache and the paper-page cache make repeated requests cheap; these pin down that a cached
/// answer is never a wrong one: limits that depend on variables still apply, and a write is seen by the next search.
/// </summary>
public sealed class CachingTests
{
    [Fact]
    public async Task RepeatedQuery_LargerFirstInVariable_IsStillRefused()
    {
        await using var api = await ApiApplication.StartAsync();
        const string query = "query($n: Int) { topPapers(first: $n) { id } }";

        var small = await api.PostAsync(query, new { n = 5 });
        var large = await api.PostAsync(query, new { n = 5000 });

        Assert.Equal(200, small.Status);
        Assert.Equal(400, large.Status);
        Assert.Contains("maximum page size 100", large.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedQuery_VariablesThatMakeItTooComplex_AreRefusedByTheComplexityLimit()
    {
        await using var api = await ApiApplication.StartAsync(analyze: true);
        const string query = "query($n: Int) { topPapers(first: $n) { related(first: $n) { paper { related(first: $n) { paper { id title year } } } } } }";

        var cheap = await api.PostAsync(query, new { n = 1 });
        var expensive = await api.PostAsync(query, new { n = 100 });

        Assert.True(cheap.Status == 200 && cheap.Body["errors"] is null, cheap.Body.ToJsonString());
        Assert.Equal(400, expensive.Status);
        Assert.Contains("complexity", expensive.Body["errors"]![0]!["message"]!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MutationPostedFirst_ThenSentOverGet_IsStillRefusedWith405()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "k");
        const string mutation = "mutation { ingest(papers: []) { added } }";

        var (postStatus, _) = await api.PostAsync(mutation, apiKey: "k");
        using var get = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(200, postStatus);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task Search_AfterIngestMutation_SeesTheNewPaper()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "k");
        const string search = "{ papers(search: \"quokkanet\") { totalCount edges { node { title } } } }";
        var before = await api.DataAsync(search);

        var (status, _) = await api.PostAsync(
            "mutation($papers: [PaperInput!]!) { ingest(papers: $papers) { added } }",
            new { papers = new[] { new { title = "QuokkaNet: Marsupial Graph Networks", arxiv = "2502.00077" } } },
            apiKey: "k");
        var after = await api.DataAsync(search);

        Assert.Equal(0, (int)before["papers"]!["totalCount"]!);
        Assert.Equal(200, status);
        Assert.Equal(1, (int)after["papers"]!["totalCount"]!);
        Assert.Equal("QuokkaNet: Marsupial Graph Networks", (string)after["papers"]!["edges"]![0]!["node"]!["title"]!);
    }

    [Theory]
    [InlineData("model", "\"model\"")]
    [InlineData("state space", "\"state\" \"space\"")]
    public async Task SearchAlone_TotalCountAndOrder_MatchEveryMatchJoinedAndRankedInSql(string words, string ftsQuery)
    {
        await using var api = await ApiApplication.StartAsync();
        var page = (await api.DataAsync("query($q: String) { papers(search: $q, first: 100) { totalCount edges { node { id } } } }", new { q = words }))["papers"]!;

        // What the API answered before FTS5 ranked and counted alone: every match joined to papers, ranked by bm25, then pk.
        var expected = new List<string>();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = api.DatabasePath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT p.id FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH $q ORDER BY bm25(papers_fts, 10.0, 1.0), p.pk";
            command.Parameters.AddWithValue("$q", ftsQuery);
            using var reader = command.ExecuteReader();
            while (reader.Read()) expected.Add(reader.GetString(0));
        }

        Assert.True(expected.Count > 1, $"'{words}' should match several sample papers");
        Assert.Equal(expected.Count, (int)page["totalCount"]!);
        Assert.Equal(expected, page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList());
    }

    [Fact]
    public async Task SearchAlone_PagedThrough_AddsUpToTotalCount()
    {
        await using var api = await ApiApplication.StartAsync();
        const string query = "query($after: String) { papers(search: \"model\", first: 4, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";

        var ids = new List<string>();
        string? after = null;
        int total;
        while (true)
        {
            var page = (await api.DataAsync(query, new { after }))["papers"]!;
            total = (int)page["totalCount"]!;
            ids.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        Assert.True(total > 4);
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
    }
}

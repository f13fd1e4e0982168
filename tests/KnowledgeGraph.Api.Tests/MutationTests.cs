namespace KnowledgeGraph.Api.Tests;

public sealed class MutationTests
{
    private const string Ingest = """
        mutation($papers: [PaperInput!]!) { ingest(papers: $papers) { added merged problems { index message } } }
        """;

    private static readonly object Papers = new
    {
        papers = new object[]
        {
            new { title = "Selective State Spaces for Tabular Data", @abstract = "We propose TabMamba, a Mamba model for tables. We evaluate on ImageNet.", arxiv = "2501.00001", authors = new[] { "A. Author" } },
            new { title = "Graph Mamba: Towards Learning on Graphs with State Space Models" },
            new { title = "" },
        },
    };

    [Fact]
    public async Task Ingest_WithTheKey_AddsNewMergesKnownAndReportsBadPapers()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "s3cret");

        var (status, body) = await api.PostAsync(Ingest, Papers, apiKey: "s3cret");
        var added = await api.DataAsync("{ paper(id: \"arxiv:2501.00001\") { title authors methods { name } } }");

        Assert.Equal(200, status);
        var result = body["data"]!["ingest"]!;
        Assert.Equal(1, (int)result["added"]!);
        Assert.Equal(1, (int)result["merged"]!);
        Assert.Equal(2, (int)result["problems"]![0]!["index"]!);
        Assert.Equal("Selective State Spaces for Tabular Data", (string)added["paper"]!["title"]!);
        Assert.Contains(added["paper"]!["methods"]!.AsArray(), m => (string)m!["name"]! == "Mamba");
    }

    [Fact]
    public async Task Ingest_MalformedIdsOfPaperOrReference_RefusesOnlyThatPaperNamingTheField()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "s3cret");
        var papers = new
        {
            papers = new object[]
            {
                new { title = "A Paper With A Bad DOI", doi = "not-a-doi" },
                new { title = "A Paper Citing Badly", references = new[] { new { title = "Cited", arxiv = "99.bad" } } },
                new { title = "A Good Paper", arxiv = "2501.00002" },
            },
        };

        var (_, body) = await api.PostAsync(Ingest, papers, apiKey: "s3cret");

        var result = body["data"]!["ingest"]!;
        Assert.Equal(1, (int)result["added"]!);
        var problems = result["problems"]!.AsArray();
        Assert.Equal(2, problems.Count);
        Assert.Contains("doi 'not-a-doi' is not a DOI", (string)problems[0]!["message"]!);
        Assert.Equal(1, (int)problems[1]!["index"]!);
        Assert.Contains("references[0].arxiv '99.bad'", (string)problems[1]!["message"]!);
    }

    [Fact]
    public async Task Ingest_WithoutOrWithWrongKey_IsRefusedAndWritesNothing()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "s3cret");

        var (_, missing) = await api.PostAsync(Ingest, Papers);
        var (_, wrong) = await api.PostAsync(Ingest, Papers, apiKey: "guess");
        var stats = await api.DataAsync("{ stats { papers } }");

        Assert.Equal("UNAUTHORIZED", (string)missing["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("UNAUTHORIZED", (string)wrong["errors"]![0]!["extensions"]!["code"]!);
        Assert.DoesNotContain("s3cret", missing.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(68, (int)stats["stats"]!["papers"]!);
    }

    [Fact]
    public async Task Ingest_NoKeyConfigured_IsDisabledForEveryone()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: null);

        var (_, body) = await api.PostAsync(Ingest, Papers, apiKey: "anything");

        Assert.Equal("FORBIDDEN", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("KG_API_KEY", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }
}

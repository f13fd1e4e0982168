using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Api.Tests;

public sealed class LimitsTests
{
    [Fact]
    public async Task DeeplyNestedQuery_TwentyLevels_IsRefusedWithComplexityError()
    {
        await using var api = await ApiApplication.StartAsync();
        var query = "{ papers(first: 1) { edges { node { id } } } }";
        var nested = "id";
        for (var i = 0; i < 10; i++) nested = $"related(first: 1) {{ paper {{ {nested} }} }}";
        var deep = "{ topPapers(first: 1) { " + nested + " } }";

        var (status, body) = await api.PostAsync(deep);
        var (okStatus, _) = await api.PostAsync(query);

        Assert.Equal(400, status);
        Assert.Null(body["data"]);
        Assert.Contains("depth", body["errors"]![0]!["message"]!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, okStatus);
    }

    [Fact]
    public async Task FirstOneHundredThousand_IsRefusedNamingThePageSizeLimit()
    {
        await using var api = await ApiApplication.StartAsync();

        var (status, body) = await api.PostAsync("{ papers(first: 100000) { totalCount } }");

        Assert.Equal(400, status);
        Assert.Contains("maximum page size 100", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearRangeWithSwappedBounds_AnswersAnErrorNotAnEmptyPage()
    {
        await using var api = await ApiApplication.StartAsync();

        var (_, body) = await api.PostAsync("{ papers(filter: {yearFrom: 2030, yearTo: 2000}, first: 5) { totalCount } }");

        Assert.Contains("yearFrom 2030 is after yearTo 2000", body["errors"]![0]!["message"]!.ToString(), StringComparison.Ordinal);
        Assert.Null(body["data"]?["papers"]);
    }

    [Fact]
    public async Task FirstAboveLimitInVariable_IsRefused()
    {
        await using var api = await ApiApplication.StartAsync();

        var (status, body) = await api.PostAsync("query($n: Int) { topPapers(first: $n) { id } }", new { n = 5000 });

        Assert.Equal(400, status);
        Assert.Contains("maximum page size 100", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongQuery_IsRefusedBeforeParsing()
    {
        await using var api = await ApiApplication.StartAsync(configure: o => o.MaxQueryLength = 500);

        var (status, body) = await api.PostAsync("{ stats { papers } }" + new string(' ', 600));

        Assert.Equal(400, status);
        Assert.Contains("the limit is 500", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"query\": 5}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": \"{ stats { papers } }\", \"variables\": \"nope\"}")]
    public async Task MalformedBody_Answers400NeverServerError(string body)
    {
        await using var api = await ApiApplication.StartAsync();

        var (status, response) = await api.SendRawAsync(body);

        Assert.Equal(400, status);
        Assert.NotNull(response["errors"]);
    }

    [Fact]
    public async Task UnknownField_IsAValidationError_400WithNewMediaType_200WithJson()
    {
        await using var api = await ApiApplication.StartAsync();

        var (status, body) = await api.PostAsync("{ stats { nonsense } }");
        var (legacyStatus, legacyBody) = await api.PostAsync("{ stats { nonsense } }", accept: "application/json");

        Assert.Equal(400, status);
        Assert.Contains("nonsense", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(200, legacyStatus);
        Assert.NotNull(legacyBody["errors"]);
    }

    [Fact]
    public async Task Get_Query_Works_AndMutationIsRefusedWith405()
    {
        await using var api = await ApiApplication.StartAsync(apiKey: "k");

        using var query = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { papers } }"));
        using var mutation = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { ingest(papers: []) { added } }"));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("\"papers\":68", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Fact]
    public async Task AcceptNegotiation_PicksTheAskedMediaType_And406ForNeither()
    {
        await using var api = await ApiApplication.StartAsync();

        async Task<HttpResponseMessage> Send(string accept)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ stats { papers } }\"}", Encoding.UTF8, "application/json") };
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
            return await api.Client.SendAsync(request);
        }

        using var graphql = await Send("application/graphql-response+json");
        using var json = await Send("application/json");
        using var xml = await Send("application/xml");

        Assert.Equal("application/graphql-response+json", graphql.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotAcceptable, xml.StatusCode);
    }

    [Fact]
    public async Task BadCursor_IsAnErrorNotPageOne()
    {
        await using var api = await ApiApplication.StartAsync();

        var (_, body) = await api.PostAsync("{ papers(after: \"not-a-cursor\") { totalCount } }");

        Assert.Contains("not a cursor", body.ToJsonString(), StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The HTTP exchange with a Neo4j-shaped server on loopback: what the store sends, and how it takes each kind of answer.</summary>
public sealed class Neo4jProtocolTests : IAsyncLifetime
{
    private const string Password = "s3cret-pass";
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore CreateSut(Neo4jProtocol protocol = Neo4jProtocol.QueryApi, int rowsPerStatement = 1_000, TimeSpan? timeout = null) => new(new Neo4jStoreOptions
    {
        Uri = _server.Uri,
        User = "neo4j",
        Password = Password,
        Database = "papers",
        Protocol = protocol,
        RowsPerStatement = rowsPerStatement,
        RetryDelay = TimeSpan.FromMilliseconds(5),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    private static PaperUpsert[] ThreePapers() =>
    [
        Upsert(Record("Attention Is All You Need", arxiv: "1706.03762", authors: ["Ashish Vaswani"], references: [CitesArxiv("1409.0473")]),
            Link(RelationshipType.Proposes, NodeLabel.Method, "Transformer")),
        Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752")),
        Upsert(Record("Vision Mamba", arxiv: "2401.09417"), Link(RelationshipType.Uses, NodeLabel.Method, "Mamba")),
    ];

    [Fact]
    public async Task InitializeAsync_AppliesEveryConstraintOfTheSchemaFile()
    {
        await using var store = CreateSut();

        await store.InitializeAsync();

        var statements = _server.Statements().Select(s => s.Text).ToList();
        Assert.Contains("CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE", statements);
        Assert.Contains(statements, s => s.StartsWith("CREATE FULLTEXT INDEX paper_text", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal("/db/papers/query/v2", r.Path));
    }

    [Fact]
    public async Task UpsertPapersAsync_QueryApi_SendsBasicAuthAffinityAndCommits()
    {
        await using var store = CreateSut();
        await store.InitializeAsync();
        var schemaRequests = _server.Requests.Count;

        await store.UpsertPapersAsync(ThreePapers());

        var requests = _server.Requests.Skip(schemaRequests).ToList();
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));
        Assert.All(_server.Requests, r => Assert.Equal(expectedAuth, r.Authorization));
        Assert.Equal(("POST", "/db/papers/query/v2/tx"), (requests[0].Method, requests[0].Path));
        Assert.All(requests.Skip(1), r => Assert.Equal(FakeNeo4jServer.Affinity, r.Affinity));
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/papers/query/v2/tx/tx1", r.Path));
        Assert.Equal(("POST", "/db/papers/query/v2/tx/tx1/commit"), (requests[^1].Method, requests[^1].Path));
        Assert.DoesNotContain(requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task UpsertPapersAsync_AnyBatch_ValuesTravelAsParametersNeverInCypherText()
    {
        await using var store = CreateSut();

        await store.UpsertPapersAsync(ThreePapers());

        var statements = _server.Statements();
        Assert.DoesNotContain(statements, s => s.Text.Contains("Attention", StringComparison.Ordinal) || s.Text.Contains("1706.03762", StringComparison.Ordinal)
            || s.Text.Contains("Vaswani", StringComparison.Ordinal) || s.Text.Contains("transformer", StringComparison.OrdinalIgnoreCase));
        var papers = statements.Where(s => s.Text == "UNWIND $rows AS row MERGE (p:Paper {id: row.id}) SET p += row.props").SelectMany(s => s.Parameters.GetProperty("rows").EnumerateArray()).ToList();
        Assert.Contains(papers, row => row.GetProperty("id").GetString() == "arxiv:1706.03762"
            && row.GetProperty("props").GetProperty("title").GetString() == "Attention Is All You Need");
        // The cited paper is a stub, written in the same statement as the papers.
        Assert.Contains(papers, row => row.GetProperty("id").GetString() == "arxiv:1409.0473" && row.GetProperty("props").GetProperty("isStub").GetBoolean());
        var uses = Assert.Single(statements, s => s.Text.Contains("MERGE (a)-[r:USES]->(b)", StringComparison.Ordinal));
        var use = Assert.Single(uses.Parameters.GetProperty("rows").EnumerateArray());
        Assert.Equal("method:mamba", use.GetProperty("dst").GetString());
        Assert.Equal("We build on Mamba throughout.", use.GetProperty("props").GetProperty("evidence").GetString());
        Assert.Equal(0.9, use.GetProperty("props").GetProperty("confidence").GetDouble());
    }

    [Fact]
    public async Task UpsertPapersAsync_MoreRowsThanRowsPerStatement_SplitsIntoUnwindBatches()
    {
        await using var store = CreateSut(rowsPerStatement: 2);

        await store.UpsertPapersAsync(ThreePapers());

        var sizes = _server.Statements()
            .Where(s => s.Text.StartsWith("UNWIND $rows AS row MERGE (p:Paper", StringComparison.Ordinal))
            .Select(s => s.Parameters.GetProperty("rows").GetArrayLength())
            .ToList();
        Assert.Equal([2, 2], sizes);
    }

    [Fact]
    public async Task UpsertPapersAsync_Transactional_SendsStatementsInOneRequestPerRoundAndCommits()
    {
        await using var store = CreateSut(Neo4jProtocol.Transactional);
        await store.InitializeAsync();
        var schemaRequests = _server.Requests.Count;

        await store.UpsertPapersAsync(ThreePapers());

        var requests = _server.Requests.Skip(schemaRequests).ToList();
        Assert.Equal(1, schemaRequests);
        Assert.Equal("/db/papers/tx", requests[0].Path);
        Assert.Equal(2, requests[0].Statements.Count);
        Assert.Equal(["/db/papers/tx/1", "/db/papers/tx/1"], requests.Skip(1).SkipLast(1).Select(r => r.Path));
        Assert.Equal(("POST", "/db/papers/tx/1/commit"), (requests[^1].Method, requests[^1].Path));
    }

    [Fact]
    public async Task UpsertPapersAsync_CypherErrorInside200_ThrowsAndRollsBack()
    {
        await using var store = CreateSut(Neo4jProtocol.Transactional);
        await store.InitializeAsync();
        _server.Respond = (request, _) => request.Statements.Any(s => s.Text.StartsWith("UNWIND $rows AS row MERGE (p:Paper", StringComparison.Ordinal))
            ? new FakeResponse(200, """{"results":[],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node already exists"}]}""")
            : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.UpsertPapersAsync(ThreePapers()));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains(_server.Requests, r => r.Method == "DELETE" && r.Path == "/db/papers/tx/1");
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal) && r.Path != "/db/papers/tx/commit");
    }

    [Fact]
    public async Task RunAsync_QueryApi4xx_ThrowsWithNeo4jCodeAndDoesNotRetry()
    {
        await using var store = CreateSut();
        _server.Respond = (_, _) => new FakeResponse(400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.RunAsync(new CypherStatement("RETURN 1")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task InitializeAsync_WrongPassword_ThrowsAuthenticationErrorWithoutPasswordAndDoesNotRetry()
    {
        await using var store = CreateSut();
        _server.Respond = (_, _) => new FakeResponse(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""");

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => store.InitializeAsync());

        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RunAsync_ServiceUnavailableTwice_RetriedUntilItAnswers()
    {
        await using var store = CreateSut();
        _server.Respond = (_, index) => index < 2 ? new FakeResponse(503, "<html>busy</html>") : null;

        var result = await store.RunAsync(new CypherStatement("RETURN 1 AS n"));

        Assert.Empty(result.Rows);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_FirstAnswerTooSlow_TimesOutAndRetries()
    {
        await using var store = CreateSut(timeout: TimeSpan.FromMilliseconds(300));
        _server.Respond = (request, index) => index == 0 ? _server.Default(request) with { Delay = TimeSpan.FromSeconds(5) } : null;

        await store.RunAsync(new CypherStatement("RETURN 1 AS n"));

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_TransientErrorCodeInside200_Retried()
    {
        await using var store = CreateSut(Neo4jProtocol.Transactional);
        _server.Respond = (_, index) => index == 0
            ? new FakeResponse(200, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
            : null;

        await store.RunAsync(new CypherStatement("RETURN 1 AS n"));

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task UpsertPapersAsync_TransactionExpired_WholeBatchRunsAgainInANewTransaction()
    {
        await using var store = CreateSut();
        await store.InitializeAsync();
        var expired = 0;
        _server.Respond = (request, _) => request.Path == "/db/papers/query/v2/tx/tx1" && Interlocked.Exchange(ref expired, 1) == 0
            ? new FakeResponse(404, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Transaction timed out"}]}""")
            : null;

        var summary = await store.UpsertPapersAsync(ThreePapers());

        Assert.Equal(3, summary.Added);
        Assert.Contains(_server.Requests, r => r.Method == "DELETE" && r.Path == "/db/papers/query/v2/tx/tx1");
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/db/papers/query/v2/tx"));
        Assert.Equal("/db/papers/query/v2/tx/tx2/commit", _server.Requests.Last().Path);
    }

    [Fact]
    public async Task UpsertPapersAsync_Cancelled_RollsBackAndCommitsNothing()
    {
        await using var store = CreateSut();
        await store.InitializeAsync();
        using var cancel = new CancellationTokenSource();
        _server.Respond = (request, _) =>
        {
            if (request.Statements.Any(s => s.Text.Contains("MATCH (p:Paper {id: id}) RETURN p {.*}", StringComparison.Ordinal))) cancel.Cancel();
            return null;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertPapersAsync(ThreePapers(), cancel.Token));

        Assert.Contains(_server.Requests, r => r.Method == "DELETE");
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpsertPapersAsync_KeyOwnedByStoredPaper_MergesIntoItAndLogsWhy()
    {
        await using var store = CreateSut();
        _server.RowsFor = text => text switch
        {
            _ when text.StartsWith("UNWIND $keys", StringComparison.Ordinal) => """[["arxiv:1706.03762","arxiv:1706.03762"]]""",
            _ when text.StartsWith("UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN", StringComparison.Ordinal) =>
                """[[{"id":"arxiv:1706.03762","title":"Attention Is All You Need","titleKey":"t","ids":["arxiv:1706.03762"],"isStub":false,"sources":[],"seq":1},true]]""",
            _ => "[]",
        };
        var openAlex = Record("Attention is all you need") with { Ids = new ExternalIds { Doi = "10.48550/arxiv.1706.03762", ArxivId = "1706.03762", OpenAlexId = "W2963403868" } };

        var summary = await store.UpsertPapersAsync([new PaperUpsert(openAlex)]);

        Assert.Equal(1, summary.Updated);
        var statements = _server.Statements();
        var paper = Assert.Single(Rows(statements, "MERGE (p:Paper"));
        Assert.Equal("arxiv:1706.03762", paper.GetProperty("id").GetString());
        Assert.Equal(["doi:10.48550/arxiv.1706.03762", "arxiv:1706.03762", "openalex:W2963403868"], paper.GetProperty("props").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["doi:10.48550/arxiv.1706.03762", "openalex:W2963403868"], Rows(statements, "MERGE (k:PaperKey").Select(r => r.GetProperty("key").GetString()));
        var log = Assert.Single(Rows(statements, "MERGE (d:IdentityDecision"));
        Assert.Equal(("merged", "shares arxiv:1706.03762"), (log.GetProperty("decision").GetString(), log.GetProperty("reason").GetString()));
    }

    private static List<JsonElement> Rows(IReadOnlyList<(string Text, JsonElement Parameters)> statements, string fragment) =>
        [.. statements.Where(s => s.Text.Contains(fragment, StringComparison.Ordinal)).SelectMany(s => s.Parameters.GetProperty("rows").EnumerateArray())];
}

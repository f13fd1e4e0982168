using System.Text.Json;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Storage.Sqlite.Benchmarks;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// A bulk load defers index maintenance only: the graph, the ids, the row keys, the search answers and the schema it
/// leaves must be exactly those of the same ingest done batch by batch.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");
    private readonly List<TempDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var database in _databases) database.Dispose();
    }

    [Fact]
    public async Task IngestAsync_BulkLoadIntoEmptyStore_LeavesTheSameGraphAsBatchByBatch()
    {
        // A generated corpus (stubs created in one batch and filled in a later one), the arxiv-2023 slice (title
        // merges and their identity log) and the trending page (no ids at all).
        var corpus = Path.Combine(Temp().Folder, "synthetic.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticPapers.Generate(1_200, seed: 11).Select(u => PaperRecordJsonWriter.ToJsonLine(u.Record)));
        string[] paths = [corpus, Path.Combine(Data, "arxiv2023", "raw"), Path.Combine(Data, "trending-papers-page.txt")];

        var batchByBatch = await IngestAsync(paths, bulkLoad: false);
        var bulk = await IngestAsync(paths, bulkLoad: true);

        AssertSameGraph(batchByBatch, bulk);
        Assert.Contains(bulk.Schema, s => s.StartsWith("edges_dst", StringComparison.Ordinal));
        Assert.NotEmpty(bulk.Search);
    }

    [Fact]
    public async Task IngestAsync_LinkedBulkLoadIntoEmptyStore_LeavesTheSameGraphAndLineageAsBatchByBatch()
    {
        // Linked: the trending page (proposals, uses, comparisons: lineage between its papers), the arxiv-2023 slice
        // (lower-cased titles) and a generated corpus.
        var corpus = Path.Combine(Temp().Folder, "synthetic.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticPapers.Generate(600, seed: 5).Select(u => PaperRecordJsonWriter.ToJsonLine(u.Record)));
        string[] paths = [Path.Combine(Data, "trending-papers-page.txt"), Path.Combine(Data, "arxiv2023", "raw"), corpus];
        var linker = PaperLinker.Create();

        var batchByBatch = await IngestAsync(paths, bulkLoad: false, linker.ToUpsert);
        var bulk = await IngestAsync(paths, bulkLoad: true, linker.ToUpsert);

        AssertSameGraph(batchByBatch, bulk);
        // Lineage is there to compare, not an empty list on both sides.
        Assert.Contains(bulk.Relationships, r => r.Contains("\"lineage\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_AfterABulkLoadThatNeverEnded_RestoresIndexesAndSearch()
    {
        var database = Temp();
        await using (var store = new SqliteGraphStore(database.Options))
        {
            // The scope is never disposed: the process "dies" after the batch committed.
            _ = await store.BeginBulkLoadAsync();
            await store.UpsertPapersAsync([Upsert(Record("Sparse mixture of experts routing", arxiv: "2401.00001"))]);
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'edges_dst'"));
            Assert.Empty(await store.SearchAsync("routing", 5));
        }

        await using var reopened = new SqliteGraphStore(database.Options);
        await reopened.InitializeAsync();

        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'edges_dst'"));
        Assert.Equal(3L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'papers_fts_%'"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM bulk_load_deferred"));
        Assert.Equal(0L, database.Scalar("SELECT deferred FROM fts_sync"));
        Assert.Equal("arxiv:2401.00001", Assert.Single(await reopened.SearchAsync("routing", 5)).Paper.Id);
    }

    [Fact]
    public async Task BeginBulkLoadAsync_EmptyStore_DropsTheFullTextTriggersUntilTheLoadEnds()
    {
        var database = Temp();
        await using var store = new SqliteGraphStore(database.Options);
        await store.InitializeAsync();
        const string Triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'papers_fts_%'";
        Assert.Equal(3L, database.Scalar(Triggers));

        await using (await store.BeginBulkLoadAsync())
        {
            await store.UpsertPapersAsync([Upsert(Record("Sparse mixture of experts routing", arxiv: "2401.00001"))]);
            Assert.Equal(0L, database.Scalar(Triggers));
        }

        Assert.Equal(3L, database.Scalar(Triggers));
        // The restored triggers keep the index in step with any write again: a paper retitled by plain SQL is found by
        // its new title only.
        using (var connection = database.OpenRaw())
        using (var retitle = connection.CreateCommand())
        {
            retitle.CommandText = "UPDATE papers SET title = $title WHERE id = $id";
            retitle.Parameters.AddWithValue("$title", "Dense expert gating");
            retitle.Parameters.AddWithValue("$id", "arxiv:2401.00001");
            Assert.Equal(1, retitle.ExecuteNonQuery());
        }
        Assert.Equal("arxiv:2401.00001", Assert.Single(await store.SearchAsync("gating", 5)).Paper.Id);
        Assert.Empty(await store.SearchAsync("routing", 5));
    }

    [Fact]
    public async Task BeginBulkLoadAsync_StoreWithPapers_DefersNothing()
    {
        var database = Temp();
        await using var store = new SqliteGraphStore(database.Options);
        await store.UpsertPapersAsync([Upsert(Record("Dense retrieval for open-domain QA", arxiv: "2401.00002"))]);

        await using (await store.BeginBulkLoadAsync())
        {
            await store.UpsertPapersAsync([Upsert(Record("Sparse mixture of experts routing", arxiv: "2401.00001"))]);

            Assert.Equal(1L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'edges_dst'"));
            Assert.Single(await store.SearchAsync("routing", 5));
        }
    }

    [Fact]
    public async Task UpsertPapersAsync_LinkedBatchesDuringBulkLoad_KeepTheLoadAndDeriveLineageWhenItEnds()
    {
        var database = Temp();
        await using var store = new SqliteGraphStore(database.Options);
        await using (await store.BeginBulkLoadAsync())
        {
            // The user lands a batch before the proposer, as in the batch-by-batch lineage contract test.
            await store.UpsertPapersAsync([Upsert(Record("Vision Mamba", arxiv: "2401.09417"), Link(RelationshipType.Uses, NodeLabel.Method, "Mamba"))]);
            await store.UpsertPapersAsync([Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752"),
                Link(RelationshipType.Proposes, NodeLabel.Method, "Mamba"))]);

            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'edges_dst'"));
            Assert.Equal(1L, database.Scalar("SELECT count(*) FROM bulk_load_deferred WHERE name = 'lineage'"));
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM edges WHERE type = 'BUILDS_ON'"));
        }

        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'edges_dst'"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM bulk_load_deferred"));
        var vim = await store.GetPaperAsync("arxiv:2401.09417");
        var buildsOn = Assert.Single(vim!.Lineage);
        Assert.Equal((RelationshipType.BuildsOn, "arxiv:2312.00752", "method:mamba"), (buildsOn.Type, buildsOn.PaperId, buildsOn.MethodId));
        Assert.Single(await store.SearchAsync("vision", 5));
    }

    [Fact]
    public async Task InitializeAsync_AfterALinkedBulkLoadThatNeverEnded_DerivesItsLineage()
    {
        var database = Temp();
        await using (var store = new SqliteGraphStore(database.Options))
        {
            _ = await store.BeginBulkLoadAsync();
            await store.UpsertPapersAsync([
                Upsert(Record("Mamba: Linear-Time Sequence Modeling", arxiv: "2312.00752"), Link(RelationshipType.Proposes, NodeLabel.Method, "Mamba")),
                Upsert(Record("MambaMixer", arxiv: "2403.19888"), Link(RelationshipType.ComparesWith, NodeLabel.Method, "Mamba")),
            ]);
        }

        await using var reopened = new SqliteGraphStore(database.Options);
        await reopened.InitializeAsync();

        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM bulk_load_deferred"));
        var mixer = await reopened.GetPaperAsync("arxiv:2403.19888");
        Assert.Equal((RelationshipType.ComparesWith, "arxiv:2312.00752"), (Assert.Single(mixer!.Lineage).Type, mixer.Lineage[0].PaperId));
    }

    private static void AssertSameGraph(GraphSnapshot batchByBatch, GraphSnapshot bulk)
    {
        Assert.Equal(batchByBatch.Report, bulk.Report);
        Assert.Equal(batchByBatch.Stats, bulk.Stats);
        Assert.Equal(batchByBatch.Nodes, bulk.Nodes);
        Assert.Equal(batchByBatch.Relationships, bulk.Relationships);
        Assert.Equal(batchByBatch.PaperKeys, bulk.PaperKeys);
        Assert.Equal(batchByBatch.IdentityLog, bulk.IdentityLog);
        Assert.Equal(batchByBatch.Search, bulk.Search);
        Assert.Equal(batchByBatch.Schema, bulk.Schema);
    }

    private TempDatabase Temp()
    {
        var database = new TempDatabase();
        _databases.Add(database);
        Directory.CreateDirectory(database.Folder);
        return database;
    }

    private async Task<GraphSnapshot> IngestAsync(string[] paths, bool bulkLoad, Func<Core.Records.PaperRecord, Core.Storage.PaperUpsert>? link = null)
    {
        var database = Temp();
        await using var store = new SqliteGraphStore(database.Options);
        // Small batches, so stubs and their fills land in different transactions.
        var options = new IngestionOptions { BatchSize = 250, BulkLoad = bulkLoad };
        var report = await new PaperIngestor(PaperFileReader.CreateDefault(), store, options, link).IngestAsync(paths);

        // Throws when the full-text index does not match its content exactly.
        using (var connection = database.OpenRaw())
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')";
            check.ExecuteNonQuery();
        }
        var nodes = new List<string>();
        await foreach (var node in store.ReadNodesAsync()) nodes.Add(JsonSerializer.Serialize(node));
        var relationships = new List<string>();
        await foreach (var relationship in store.ReadRelationshipsAsync()) relationships.Add(JsonSerializer.Serialize(relationship));
        var search = new List<string>();
        foreach (var text in new[] { "transformer", "diffusion model", "graph neural network", "language" })
        {
            search.AddRange((await store.SearchAsync(text, 25)).Select(h => $"{text}: {h.Paper.Id} {h.Score:R} {h.Snippet}"));
        }
        return new GraphSnapshot(
            $"{report.RecordsRead} read, {report.Problems.Count} problems, {report.Store}",
            JsonSerializer.Serialize(await store.GetStatsAsync()),
            [.. nodes.Order(StringComparer.Ordinal)],
            [.. relationships.Order(StringComparer.Ordinal)],
            Rows(database, "SELECT pk || ' ' || id || ' ' || is_stub FROM papers ORDER BY pk"),
            Rows(database, "SELECT paper_id || ' ' || source || ' ' || decision || ' ' || other_id FROM identity_log ORDER BY 1"),
            search,
            Rows(database, "SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE type IN ('index', 'table', 'trigger', 'view') ORDER BY name"));
    }

    private static List<string> Rows(TempDatabase database, string sql)
    {
        using var connection = database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    private sealed record GraphSnapshot(
        string Report,
        string Stats,
        List<string> Nodes,
        List<string> Relationships,
        List<string> PaperKeys,
        List<string> IdentityLog,
        List<string> Search,
        List<string> Schema);
}

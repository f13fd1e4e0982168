using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public class SnapshotSourceTests
{
    [Fact]
    public async Task ReadAll_AfterUpsert_StreamsPapersCitationsAndLinksWithParents()
    {
        using var db = new TempDatabase();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = db.Path });
        await store.UpsertPapersAsync([
            Upsert(Record("Vision Mamba", arxiv: "2401.09417", references: [CitesArxiv("2312.00752")]),
                Link(RelationshipType.Uses, NodeLabel.Method, "Mamba", parent: "State Space Model")),
            Upsert(Record("Mamba", arxiv: "2312.00752")),
        ]);

        var papers = await ToListAsync(store.ReadPapersAsync());
        var citations = await ToListAsync(store.ReadCitationsAsync());
        var links = await ToListAsync(store.ReadEntityLinksAsync());

        Assert.Equal(2, papers.Count);
        Assert.Equal(new CitationRow("arxiv:2401.09417", "arxiv:2312.00752"), Assert.Single(citations));
        var link = Assert.Single(links);
        Assert.Equal(("arxiv:2401.09417", RelationshipType.Uses, NodeLabel.Method, "Mamba", "State Space Model"),
            (link.PaperId, link.Type, link.Label, link.Name, link.Broader));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}

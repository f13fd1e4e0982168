using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using static KnowledgeGraph.Storage.Contract.TestPapers;

namespace KnowledgeGraph.Storage.Contract;

public abstract partial class GraphStoreContractTests
{
    private static PaperRecord WithOther(string title, string scheme, string value) => Record(title) with
    {
        Ids = new ExternalIds { Other = new Dictionary<string, string> { [scheme] = value } },
    };

    [Fact]
    public async Task UpsertPapersAsync_LowerCasedTitleOfArxivPaper_MergesAndLogsWhy()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Independently Controllable Features", arxiv: "1703.07718")));

        await UpsertAsync(store, Upsert(WithOther("independently controllable features", "arxiv2023", "24220")));

        var stats = await store.GetStatsAsync();
        var paper = await store.GetPaperAsync("arxiv2023:24220");
        Assert.Equal(1, stats.Nodes.GetValueOrDefault(NodeLabel.Paper));
        Assert.NotNull(paper);
        Assert.Equal("arxiv:1703.07718", paper.Paper.Id);
        var merge = Assert.Single(paper.Identity);
        Assert.Equal("merged", merge.Decision);
        Assert.Equal("arxiv2023:24220", merge.OtherId);
        Assert.Contains("title", merge.Reason);
    }

    [Fact]
    public async Task UpsertPapersAsync_LowerCasedCopyArrivesLast_PaperKeepsItsMixedCaseTitle()
    {
        var store = await NewStoreAsync();
        var lowerCased = WithOther("evasion attacks against machine learning at test time", "arxiv2023", "0");
        await UpsertAsync(store, Upsert(Record("Evasion Attacks against Machine Learning at Test Time", arxiv: "1708.06131") with { Ids = lowerCased.Ids with { ArxivId = "1708.06131" } }));

        await UpsertAsync(store, Upsert(lowerCased));

        var paper = await store.GetPaperAsync("arxiv:1708.06131");
        Assert.NotNull(paper);
        Assert.Equal("Evasion Attacks against Machine Learning at Test Time", paper.Paper.Title);
    }

    [Fact]
    public async Task UpsertPapersAsync_TitleMatchingTwoPapers_IsKeptApartAndLogged()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store,
            Upsert(Record("Deep Learning", doi: "10.1038/nature14539")),
            Upsert(Record("Deep Learning", doi: "10.7551/mitpress/deep")));

        await UpsertAsync(store, Upsert(WithOther("Deep learning", "dblp", "journals/nature/LeCunBH15")));

        var stats = await store.GetStatsAsync();
        var first = await store.GetPaperAsync("doi:10.1038/nature14539");
        Assert.Equal(3, stats.Nodes.GetValueOrDefault(NodeLabel.Paper));
        Assert.NotNull(first);
        Assert.Contains(first.Identity, d => d.Decision == "kept-apart" && d.Reason.Contains("ambiguous"));
    }

    [Fact]
    public async Task UpsertPapersAsync_SameRecordTwice_LogsItsMergeOnce()
    {
        var store = await NewStoreAsync();
        await UpsertAsync(store, Upsert(Record("Attention Is All You Need", arxiv: "1706.03762")));
        var openAlex = Record("Attention is All you Need") with { Ids = new ExternalIds { ArxivId = "1706.03762", OpenAlexId = "W2963403868" } };

        await UpsertAsync(store, Upsert(openAlex with { Ids = openAlex.Ids with { Doi = "10.48550/arxiv.1706.03762" } }));
        await UpsertAsync(store, Upsert(openAlex with { Ids = openAlex.Ids with { Doi = "10.48550/arxiv.1706.03762" } }));

        var paper = await store.GetPaperAsync("W2963403868");
        Assert.NotNull(paper);
        var merge = Assert.Single(paper.Identity);
        Assert.Equal("shares arxiv:1706.03762", merge.Reason);
        Assert.Equal("doi:10.48550/arxiv.1706.03762", merge.OtherId);
    }
}

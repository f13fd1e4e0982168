using System.Diagnostics;
using KnowledgeGraph.Core.Identity;

namespace KnowledgeGraph.Core.Tests.Identity;

public class TextIdExtractorTests
{
    private static List<string> Keys(string text) => TextIdExtractor.Find(text).Select(f => f.Key).ToList();

    [Theory]
    [InlineData("Bert: Pre-training. arXiv preprint arXiv:1810.04805, 2018.", "arxiv:1810.04805")]
    [InlineData("see arXiv:2104.12255v2 [cs.LG]", "arxiv:2104.12255")]
    [InlineData("http://arxiv.org/abs/2002.11768.", "arxiv:2002.11768")]
    [InlineData("preprint 0704.0001 and nothing else", "arxiv:0704.0001")]
    [InlineData("E. Witten, hep-th/0201143.", "arxiv:hep-th/0201143")]
    [InlineData("arXiv:cond-mat/0102536v1", "arxiv:cond-mat/0102536")]
    [InlineData("math.AG/0601001", "arxiv:math/0601001")]
    [InlineData("Astrophys. J. 223 (1978) 1037. https://doi.org/10.1086/156337", "doi:10.1086/156337")]
    [InlineData("Trans. AMS, doi:10.1090/tran/8674.", "doi:10.1090/tran/8674")]
    [InlineData("Phys. Lett. B (doi 10.1016/0370-2693(85)91181-5)", "doi:10.1016/0370-2693(85)91181-5")]
    public void Find_OneIdInText_ReturnsItNormalized(string text, string expected)
    {
        Assert.Equal([expected], Keys(text));
    }

    [Fact]
    public void Find_ArxivDoi_YieldsTheDoiAndTheArxivId()
    {
        Assert.Equal(["doi:10.48550/arxiv.2104.12255", "arxiv:2104.12255"], Keys("https://doi.org/10.48550/arXiv.2104.12255"));
    }

    [Theory]
    [InlineData("pages 1037.1040, volume 12")] // not a year-month
    [InlineData("Proc. 2019.12345 and 3.14159")] // month 19
    [InlineData("1501.1234")] // 5 digits required from 2015
    [InlineData("12104.12255")] // inside a longer number
    [InlineData("2104.122556")]
    [InlineData("foo/0201143")] // not an arXiv archive
    [InlineData("hep-th/9913001")] // month 13
    [InlineData("ratio 10.5/2")] // not a DOI
    public void Find_LookAlikes_ReturnsNothing(string text)
    {
        Assert.Empty(Keys(text));
    }

    [Fact]
    public void Find_SeveralIds_ReturnsEachOnceInOrder()
    {
        var keys = Keys("arXiv:1706.03762; also 1706.03762v5 and doi:10.5555/3295222.3295349, hep-ph/9905221");

        Assert.Equal(["arxiv:1706.03762", "doi:10.5555/3295222.3295349", "arxiv:hep-ph/9905221"], keys);
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("1111.")]
    [InlineData("1.")]
    [InlineData("10.1234/")]
    [InlineData("hep-th/")]
    [InlineData("a")]
    [InlineData("2104.12255 ")]
    public void Find_OneMegabyteOfRepeats_FinishesQuickly(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));

        var watch = Stopwatch.StartNew();
        var found = TextIdExtractor.Find(text);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(found.Count <= 1);
    }
}

using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Identity;

public class IdentityTests
{
    [Theory]
    [InlineData("Über Gödel’s Sätze", "uber godel s satze")]
    [InlineData("Attention Is All You Need.", "attention is all you need")]
    [InlineData("  {BERT}: Pre-training of Deep  Bidirectional Transformers ", "bert pre training of deep bidirectional transformers")]
    public void Normalize_TitlesWithCaseAccentsAndPunctuation_FoldToTheSameKey(string title, string expected)
    {
        Assert.Equal(expected, TitleNormalizer.Normalize(title));
    }

    [Theory]
    [InlineData("https://doi.org/10.7717/PeerJ.4375", "10.7717/peerj.4375")]
    [InlineData("doi:10.18653/v1/2021.woah-1.1", "10.18653/v1/2021.woah-1.1")]
    [InlineData("not a doi", null)]
    [InlineData("10.12/x", null)]
    public void Doi_VariousSpellings_Normalizes(string raw, string? expected)
    {
        Assert.Equal(expected, IdNormalizer.Doi(raw));
    }

    [Theory]
    [InlineData("http://arxiv.org/abs/2104.12255v1", "2104.12255")]
    [InlineData("arXiv:quant-ph/0201082v1", "quant-ph/0201082")]
    [InlineData("2403.19888", "2403.19888")]
    [InlineData("abc", null)]
    [InlineData("0000.0000v", null)]
    public void Arxiv_VariousSpellings_DropsVersion(string raw, string? expected)
    {
        Assert.Equal(expected, IdNormalizer.Arxiv(raw));
    }

    [Fact]
    public void ChooseId_DoiAndArxiv_PrefersDoi()
    {
        var ids = new ExternalIds { Doi = "10.1/abc", ArxivId = "2401.00001", OpenAlexId = "W1" };

        Assert.Equal("doi:10.1/abc", PaperIdentity.ChooseId(ids, "A title"));
    }

    [Fact]
    public void ChooseId_NoIds_UsesTitleHashThatIgnoresCaseAndPunctuation()
    {
        var a = PaperIdentity.ChooseId(ExternalIds.None, "Independently Controllable Features");
        var b = PaperIdentity.ChooseId(ExternalIds.None, "independently controllable features.");

        Assert.StartsWith("title:", a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Keys_StrongestFirstThenOtherSchemesInOrdinalOrder()
    {
        var one = new ExternalIds { ArxivId = "2401.00001", Other = new Dictionary<string, string> { ["cora"] = "17" } };
        var several = new ExternalIds { Doi = "10.1/x", Other = new Dictionary<string, string> { ["mag"] = "9", ["acl"] = "P19-1", ["dblp"] = "conf/x" } };

        Assert.Equal(["arxiv:2401.00001", "cora:17"], one.Keys());
        Assert.Equal(["doi:10.1/x", "acl:P19-1", "dblp:conf/x", "mag:9"], several.Keys());
    }
}

using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Citations;

public class ReferenceStringMatcherTests
{
    // Real titles (arxiv-2023 / OpenAlex metadata) of works cited in the unarXive sample.
    private static ReferenceStringMatcher CreateSut() => new(
    [
        new("bert", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", 2018, "Devlin", new ExternalIds { ArxivId = "1810.04805" }),
        new("transformer", "Attention Is All You Need", 2017, "Vaswani", ExternalIds.None),
        new("resnet", "Deep Residual Learning for Image Recognition", 2016, "He", ExternalIds.None),
        new("wgan", "Wasserstein Generative Adversarial Networks", 2017, "Arjovsky", ExternalIds.None),
        new("kabluchko", "Critical points of random polynomials with independent identically distributed roots", 2015, "Kabluchko",
            new ExternalIds { Doi = "10.1090/s0002-9939-2014-12258-1" }),
    ]);

    [Fact]
    public void Match_StringWithArxivId_MatchesByIdWithFullConfidence()
    {
        var match = CreateSut().Match("Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. Bert. arXiv preprint arXiv:1810.04805, 2018.");

        Assert.NotNull(match);
        Assert.Equal("bert", match.Candidate.Key);
        Assert.True(match.ById);
        Assert.Equal(1.0, match.Confidence);
    }

    [Theory]
    [InlineData("Vaswani, A.; Shazeer, N.; Parmar, N.; Uszkoreit, J.; Jones, L.; Gomez, A. N.; Kaiser, Ł.; and Polosukhin, I. 2017. Attention is all you need. In Advances in neural information processing systems, 5998–6008.", "transformer")]
    [InlineData("He, K.; Zhang, X.; Ren, S.; and Sun, J. 2016. Deep residual learning for image recognition. In Proceedings of the IEEE conference on computer vision and pattern recognition, 770–778.", "resnet")]
    [InlineData("Devlin, J.; Chang, M.-W.; Lee, K.; and Toutanova, K. 2019. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In Proceedings of NAACL, 4171–4186.", "bert")]
    [InlineData("Z. Kabluchko. Critical points of random polynomials with independent identically distributed roots. Proc. Amer. Math. Soc., 143(2):695–702, 2015.", "kabluchko")]
    public void Match_StringWithTheTitle_MatchesByTitle(string raw, string key)
    {
        var match = CreateSut().Match(raw);

        Assert.NotNull(match);
        Assert.Equal(key, match.Candidate.Key);
        Assert.False(match.ById);
        Assert.True(match.Confidence >= 0.85);
    }

    [Theory]
    [InlineData("Tong Che, Yanran Li, Ruixiang Zhang, and Yoshua Bengio. Maximum-likelihood augmented discrete generative adversarial networks. arXiv preprint, 2017.")]
    [InlineData("Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Identity mappings in deep residual networks. In ECCV, 2016.")]
    [InlineData("J. Hoskins and Z. Kabluchko. Dynamics of zeroes under repeated differentiation. Experimental Mathematics, pages 1–27, 2021.")]
    [InlineData("")]
    public void Match_StringCitingAnotherWork_ReturnsNull(string raw)
    {
        Assert.Null(CreateSut().Match(raw));
    }

    [Fact]
    public void Match_ExcludedKey_IsNeverReturned()
    {
        Assert.Null(CreateSut().Match("A. Vaswani et al., “Attention Is All You Need,” in NIPS, 2017.", excludeKey: "transformer"));
    }

    [Fact]
    public void LongestCommonRun_TitleInsideString_CountsConsecutiveWords()
    {
        Assert.Equal(3, ReferenceStringMatcher.LongestCommonRun(["deep", "residual", "learning", "for"], ["a", "deep", "residual", "learning", "in", "for"]));
    }
}

using KnowledgeGraph.Core.Citations;

namespace KnowledgeGraph.Core.Tests.Citations;

public class BibliographyStringTests
{
    [Theory]
    [InlineData("Tom Brown, Benjamin Mann, Nick Ryder, et al. Language models are few-shot learners. Advances in neural information processing systems, 33:1877–1901, 2020.", "Language models are few-shot learners")]
    [InlineData("Devlin, J.; Chang, M.-W.; Lee, K.; and Toutanova, K. 2019. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In Proceedings of NAACL, 4171–4186.", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding")]
    [InlineData("A. Vaswani, N. Shazeer, and I. Polosukhin, “Attention Is All You Need,” in Advances in Neural Information Processing Systems, 2017.", "Attention Is All You Need")]
    [InlineData("J. G. Hoskins and S. Steinerberger. A semicircle law for derivatives of random polynomials. International Mathematics Research Notices, 2022(13):9784–9809, 2022.", "A semicircle law for derivatives of random polynomials")]
    [InlineData("Ph. Boucaud, F. De Soto, J. Rodríguez-Quintero, and S. Zafeiropoulos. Refining the detection of the zero crossing for the three-gluon vertex. Phys. Rev., D95(11):114503, 2017.", "Refining the detection of the zero crossing for the three-gluon vertex")]
    [InlineData("X.~Chen, A.~Milioto, and C.~Stachniss, ``SuMa++: Efficient LiDAR-based Semantic SLAM,'' in Proceedings of IROS, 2019.", "SuMa++: Efficient LiDAR-based Semantic SLAM")]
    public void GuessTitle_UnarxiveStrings_FindsTheTitle(string raw, string title)
    {
        Assert.Equal(title, BibliographyString.GuessTitle(raw));
    }

    [Theory]
    [InlineData("Jacob Devlin, Ming-Wei Chang, and Kristina Toutanova. Bert.", "devlin")]
    [InlineData("Devlin, J.; Chang, M.-W.; and Toutanova, K. 2019. BERT.", "devlin")]
    [InlineData("S.-S. Byun, J. Lee, and T. R. Reddy. Zeros of random polynomials.", "byun")]
    [InlineData("J. G. Hoskins and S. Steinerberger. A semicircle law.", "hoskins")]
    [InlineData("Ph. Boucaud, F. De Soto, and S. Zafeiropoulos. Refining the detection. Phys. Rev., 2017.", "boucaud")]
    [InlineData("Z. Kabluchko. Critical points of random polynomials.", "kabluchko")]
    public void FirstAuthorSurname_CommonStyles_FindsTheSurname(string raw, string surname)
    {
        Assert.Equal(surname, BibliographyString.FirstAuthorSurname(raw));
    }

    [Fact]
    public void Years_String_ListsFourDigitYears()
    {
        Assert.Equal([2019, 2020], BibliographyString.Years("vol. 33, 2019; pages 1877–1901, 2020; 12345"));
    }
}

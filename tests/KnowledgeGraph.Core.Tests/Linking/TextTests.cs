using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Tests.Linking;

public class TextTests
{
    [Fact]
    public void Split_AbbreviationsAndDecimals_KeepsSentencesWhole()
    {
        const string text = "Large models (e.g., CLIP, ALIGN) reach 85.9% on ImageNet. Smith et al. agree. Next one.";

        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Large models (e.g., CLIP, ALIGN) reach 85.9% on ImageNet.", "Smith et al. agree.", "Next one."], sentences);
    }

    [Fact]
    public void Split_StopGluedToTheNextSentence_IsABoundary()
    {
        const string text = "It is still incipient in the literature.This work explores T5 on Wikipedia.We evaluate six detectors.";

        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["It is still incipient in the literature.", "This work explores T5 on Wikipedia.", "We evaluate six detectors."], sentences);
    }

    [Theory]
    [InlineData("Papers come from arXiv.org and the web.")]
    [InlineData("It runs on ASP.NET and Node.js today.")]
    [InlineData("Large models (e.g.CLIP) are strong.")]
    [InlineData("The U.S.Army trains it.")]
    public void Split_DotInsideANameOrAbbreviation_IsNoBoundary(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Tokenize_LettersDigitsAndDecimals_SplitAsDocumented()
    {
        const string text = "ResNet50 got 85.9% (CSWin-B)";

        var tokens = Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToList();

        Assert.Equal(["ResNet", "50", "got", "85.9", "%", "(", "CSWin", "-", "B", ")"], tokens);
    }
}

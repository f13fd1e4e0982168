using KnowledgeGraph.Core.Linking.Extractors;

namespace KnowledgeGraph.Core.Tests.Linking;

public class WordStartFilterTests
{
    private static readonly WordStartFilter Filter = new(["we", "propose", "evaluat*"]);

    [Theory]
    [InlineData("we")]
    [InlineData("propose")]
    [InlineData("PROPOSE")]
    [InlineData("Proposal")]
    [InlineData("evaluation")]
    [InlineData("évaluation")]
    [InlineData("e-valuation")]
    public void MayMatch_WordsThatCouldBeInTheList_AreLetThrough(string word) =>
        Assert.True(Filter.MayMatch(word));

    [Theory]
    [InlineData("the")]
    [InlineData("us")]
    [InlineData("w")]
    [InlineData("")]
    [InlineData("wet")]
    [InlineData("prize")]
    public void MayMatch_WordsThatCanBeNoneOfThem_AreTurnedAway(string word) =>
        Assert.False(Filter.MayMatch(word));

    [Theory]
    [InlineData("a")]
    [InlineData("ev*")]
    [InlineData("1st")]
    public void Constructor_WordTooShortOrNotStartingWithLetters_IsRefused(string entry) =>
        Assert.Throws<ArgumentException>(() => new WordStartFilter([entry]));
}

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

    // a word set answers by span as by string; its comparer, not the (case-blind) filter, decides case
    [Theory]
    [InlineData("detection", true, true)]
    [InlineData("Detection", false, true)]
    [InlineData("detect", false, false)]
    [InlineData("élan", false, false)]
    public void WordSet_Contains_FollowsItsComparer(string word, bool ordinal, bool ignoringCase)
    {
        var exact = new WordSet(["detection", "tracking"]);
        var caseless = new WordSet(["detection", "tracking"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(ordinal, exact.Contains(word.AsSpan()));
        Assert.Equal(ignoringCase, caseless.Contains(word));
    }

    [Fact]
    public void WordMap_TryGetValue_GivesTheWordsValueBySpan()
    {
        var map = new WordMap<string>(new Dictionary<string, string> { ["detect"] = "detection" });

        Assert.True(map.TryGetValue("detect".AsSpan(), out var noun));
        Assert.Equal("detection", noun);
        Assert.False(map.ContainsKey("detector".AsSpan()));
    }
}

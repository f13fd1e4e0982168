using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Linking.Extractors;

namespace KnowledgeGraph.Core.Tests.Linking;

// Cues answers every list from one per-sentence mask; these pin that each answer is still the list's own.
public class CuesTests
{
    private static LinkingContext Context(string text) =>
        new("A Study", text, TestLinker.Instance.Vocabulary, new LinkerOptions());

    private static bool Has(string sentence, string[] list)
    {
        var ctx = Context(sentence);
        return Cues.HasAny(ctx, ctx.Sentences[1], list);
    }

    [Theory]
    [InlineData("Here the model is trained once.", true, false)]
    [InlineData("Existing detectors are trained once.", false, true)]
    [InlineData("The model is trained once.", false, false)]
    public void HasAny_WholeWords_AnswerForTheirOwnListOnly(string sentence, bool firstPerson, bool priorWork)
    {
        Assert.Equal(firstPerson, Has(sentence, Cues.FirstPerson));
        Assert.Equal(priorWork, Has(sentence, Cues.PriorWork));
    }

    [Theory]
    [InlineData("It outperforms the baseline.", true)]
    [InlineData("It was validated twice.", true)]
    [InlineData("It runs on a laptop.", false)]
    public void HasAny_PrefixEntries_MatchWordsThatStartWithThem(string sentence, bool evaluation) =>
        Assert.Equal(evaluation, Has(sentence, Cues.Evaluation));

    public static TheoryData<string, string> EveryCueWord()
    {
        var data = new TheoryData<string, string>();
        var lists = new (string Name, string[] Words)[]
        {
            ("FirstPerson", Cues.FirstPerson), ("PriorWork", Cues.PriorWork), ("ProposalPriorWork", Cues.ProposalPriorWork), ("Use", Cues.Use),
            ("Evaluation", Cues.Evaluation), ("MetricList", Cues.MetricList), ("Speed", Cues.Speed), ("Rating", Cues.Rating),
        };
        foreach (var (name, words) in lists)
        {
            foreach (var w in words) data.Add(name, w[^1] == '*' ? w[..^1] + "ing" : w);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCueWord))]
    public void HasAny_EveryCueWordOfEveryList_PassesTheFirstLettersFilter(string list, string word)
    {
        // the filter on a word's first letters must never turn a cue away ("prior" needs a work noun after it)
        var words = (string[])typeof(Cues).GetField(list)!.GetValue(null)!;

        Assert.True(Has($"Yes {word} work stays.", words), $"{list}: {word}");
        Assert.True(Has($"Yes {char.ToUpperInvariant(word[0]) + word[1..]} work stays.", words), $"{list}: capitalized {word}");
    }

    [Theory]
    [InlineData("Prior work uses a grid.", true)]
    [InlineData("The prior is a Gaussian.", false)]
    public void HasAny_Prior_CountsOnlyAsEarlierWork(string sentence, bool priorWork) =>
        Assert.Equal(priorWork, Has(sentence, Cues.PriorWork));

    [Fact]
    public void HasAny_AskedTwiceAndForOtherLists_GivesTheSameAnswers()
    {
        var ctx = Context("We report results. Recently, methods were built on grids.");

        Assert.True(Cues.HasAny(ctx, ctx.Sentences[1], Cues.FirstPerson));
        Assert.True(Cues.HasAny(ctx, ctx.Sentences[1], Cues.Evaluation));
        Assert.False(Cues.HasAny(ctx, ctx.Sentences[1], Cues.PriorWork));
        Assert.True(Cues.HasAny(ctx, ctx.Sentences[2], Cues.PriorWork));
        Assert.True(Cues.HasAny(ctx, ctx.Sentences[2], Cues.Use));
        Assert.False(Cues.HasAny(ctx, ctx.Sentences[2], Cues.FirstPerson));
        Assert.True(Cues.HasAny(ctx, ctx.Sentences[1], Cues.FirstPerson));
    }

    [Fact]
    public void HasAny_AListOutsideTheTable_IsScannedDirectly()
    {
        var ctx = Context("The grid is coarse.");

        Assert.True(Cues.HasAny(ctx, ctx.Sentences[1], ["coars*"]));
        Assert.False(Cues.HasAny(ctx, ctx.Sentences[1], ["fine"]));
    }
}

using KnowledgeGraph.Core.Linking;

namespace KnowledgeGraph.Core.Tests.Linking;

public class ExtractionBenchmarkTests
{
    private static readonly List<(string Title, string Abstract)> Papers =
    [
        ("ZorbNet: fast graph learning", "We propose ZorbNet, a graph neural network. It outperforms GCN on Cora by 2% accuracy."),
        ("A study of transformers", "We fine-tune BERT for sentiment analysis on SST-2 and report F1."),
    ];

    [Fact]
    public void VocabularyPass_CountsTheAliasMentionsWithoutRunningTheExtractors()
    {
        var mentions = TestLinker.Instance.VocabularyPass("", "We fine-tune BERT on SST-2 and report F1.");

        Assert.Equal(3, mentions);
    }

    [Fact]
    public void RunAgainstBaseline_EveryRoundMeasuresBothAndTheirRatio()
    {
        var report = ExtractionBenchmark.RunAgainstBaseline(TestLinker.Instance, Papers, TimeSpan.FromMilliseconds(120), rounds: 3);

        Assert.Equal(3, report.RoundRatios.Count);
        Assert.Equal(3, report.ExtractionRounds.Count);
        Assert.Equal(3, report.BaselineRounds.Count);
        Assert.True(report.Extraction.Abstracts >= 3);
        Assert.True(report.Baseline.Abstracts >= 3);
        Assert.All(report.RoundRatios, r => Assert.True(r > 0 && double.IsFinite(r)));
        Assert.True(report.Extraction.AllocatedBytes > 0);
    }

    [Fact]
    public void RunAgainstBaseline_NoPapers_ReportsNothingInsteadOfDividingByZero()
    {
        var report = ExtractionBenchmark.RunAgainstBaseline(TestLinker.Instance, [], TimeSpan.FromSeconds(1), rounds: 2);

        Assert.Equal(0, report.Extraction.Abstracts);
        Assert.Empty(report.RoundRatios);
        Assert.Equal(0, report.MedianRatio);
    }
}

using KnowledgeGraph.Core.Citations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Citations;

public class ReferenceMatchingEvaluatorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Evaluate_UnarxiveSample_PinsTheReportedNumbers()
    {
        var entries = await UnarxiveReferences.ReadAsync(TestData.Path("unarxive", "arXiv_src_2212_086.bib-entries.jsonl.gz"));

        var report = ReferenceMatchingEvaluator.Evaluate(entries);

        output.WriteLine(report.ToString());
        foreach (var (a, b) in report.WrongMerges) output.WriteLine($"wrong merge:\n  {a}\n  {b}");
        Assert.Equal(1786, report.Entries);
        Assert.Equal(633, report.GoldLinked);
        Assert.Equal(627, report.GoldClusters);
        // (a) Every gold arXiv id printed in its string is found but one ("[Los-Alamos Archives -physics/0406126]");
        // every printed gold DOI is found; the 3 other DOIs are printed DOIs OpenAlex linked to another version.
        Assert.Equal(new PrecisionRecall(46, 0, 100), report.ArxivVsGoldIds);
        Assert.Equal(47, report.ArxivGoldInText);
        Assert.Equal(new PrecisionRecall(59, 3, 458), report.DoiVsGoldIds);
        Assert.Equal(59, report.DoiGoldInText);
        // (b) 6 gold pairs, all found; 2 false merges.
        Assert.Equal(new PrecisionRecall(6, 2, 0), report.ClusterPairs);
    }
}

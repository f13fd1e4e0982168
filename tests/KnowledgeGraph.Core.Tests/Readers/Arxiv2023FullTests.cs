using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Readers;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Readers;

/// <summary>Long-running: the whole arxiv-2023 network (33,868 papers, 305,672 edges), only when KG_ARXIV2023 is set.</summary>
public class Arxiv2023FullTests(ITestOutputHelper output)
{
    [Arxiv2023Fact]
    public async Task ReadFileAsync_FullNetwork_YieldsEveryPaperAndEveryEdge()
    {
        var outcomes = await TestData.CollectAsync(PaperFileReader.CreateDefault().ReadFileAsync(IdsFile()));

        var records = outcomes.Records();
        var problems = outcomes.Problems();
        foreach (var problem in problems) output.WriteLine(problem.ToString());
        Assert.Equal(33_868, records.Count);
        Assert.Equal(9_474, records.Count(r => r.Ids.ArxivId is null));
        Assert.Equal(305_672 - problems.Count, records.Sum(r => r.References.Count));
        Assert.Equal(17, records.Count(r => r.References.Any(x => x.Ids == r.Ids)));
    }

    [Arxiv2023Fact]
    public async Task Analyze_FullNetwork_PrintsTitleDuplicatesOfNumericIdRecords()
    {
        var records = (await TestData.CollectAsync(PaperFileReader.CreateDefault().ReadFileAsync(IdsFile()))).Records();

        var report = DuplicateTitleAnalysis.Analyze(records);

        output.WriteLine($"arXiv records {report.ArxivRecords}, other {report.OtherRecords}, exact {report.ExactMatches}, near-misses {report.NearMisses}");
        foreach (var p in report.ExactSamples) output.WriteLine($"merge  {p.OtherKey} \"{p.OtherTitle}\" = arxiv:{p.ArxivId} \"{p.ArxivTitle}\"");
        foreach (var p in report.NearMissSamples) output.WriteLine($"near   {p.OtherKey} \"{p.OtherTitle}\" ~ arxiv:{p.ArxivId} \"{p.ArxivTitle}\"");
        Assert.Equal(9_474, report.OtherRecords);
        Assert.True(report.ExactMatches > 0);
    }

    [Arxiv2023Fact]
    public async Task EvaluateAgainstCatalogue_Arxiv2023_PrintsTitleMatchingNumbers()
    {
        var records = (await TestData.CollectAsync(PaperFileReader.CreateDefault().ReadFileAsync(IdsFile()))).Records();
        var entries = await UnarxiveReferences.ReadAsync(TestData.Path("unarxive", "arXiv_src_2212_086.bib-entries.jsonl.gz"));

        var report = ReferenceMatchingEvaluator.EvaluateAgainstCatalogue(entries, records);

        output.WriteLine($"catalogue {report.Catalogue}, gold {report.Gold}, title {report.Title}, unverifiable {report.Unverifiable}");
        foreach (var s in report.Samples) output.WriteLine($"{s.Verdict} {s.Confidence}: {s.Raw}\n    -> {s.Title}");
        Assert.Equal(24_394, report.Catalogue);
    }

    private static string IdsFile() => Path.Combine(Arxiv2023FactAttribute.Folder!, "ids.csv.gz");
}

using KnowledgeGraph.Core.Readers.Bibtex;

namespace KnowledgeGraph.Core.Tests.Readers;

public class BibtexReaderTests
{
    private static BibtexReader CreateSut() => new();

    [Fact]
    public async Task ReadAsync_D2lBib_YieldsAll488EntriesWithoutProblems()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bibtex", "d2l.bib");

        Assert.Empty(outcomes.Problems());
        var records = outcomes.Records();
        Assert.Equal(488, records.Count);
        Assert.Equal(488, records.Select(r => r.Ids.Other["bibtex"]).Distinct().Count());
        Assert.All(records, r => Assert.DoesNotContain('{', r.Title));
        Assert.All(records, r => Assert.DoesNotContain(r.Authors, a => a.Contains('\\') || a.Contains('{')));
    }

    [Fact]
    public async Task ReadAsync_D2lFirstEntry_StripsLatexAndFlipsAuthors()
    {
        var first = (await TestData.ReadAsync(CreateSut(), "bibtex", "d2l.bib")).Records()[0];

        Assert.Equal("TensorFlow: A system for large-scale machine learning", first.Title);
        Assert.Equal("Martín Abadi", first.Authors[0]);
        Assert.Equal("Paul Barham", first.Authors[1]);
        Assert.Equal(10, first.Authors.Count); // "et al." is dropped
        Assert.Equal("12th USENIX Symposium on Operating Systems Design and Implementation (OSDI 16)", first.Venue);
        Assert.Equal(2016, first.Year);
        Assert.Equal("Abadi.Barham.Chen.ea.2016", first.Ids.Other["bibtex"]);
    }

    [Fact]
    public async Task ReadAsync_D2lArxivJournal_TakesArxivIdFromJournalField()
    {
        var records = (await TestData.ReadAsync(CreateSut(), "bibtex", "d2l.bib")).Records();

        var pad = Assert.Single(records, r => r.Ids.Other["bibtex"] == "Alsallakh.Kokhlikyan.Miglani.ea.2020");
        Assert.Equal("2010.02178", pad.Ids.ArxivId);
        Assert.Equal("Mind the PAD – CNNs can develop blind spots", pad.Title);
    }

    [Fact]
    public async Task ReadAsync_AclExport_YieldsNineEntriesEightWithAbstracts()
    {
        var records = (await TestData.ReadAsync(CreateSut(), "bibtex", "acl-anthology-abstracts.small.bib")).Records();

        Assert.Equal(9, records.Count);
        Assert.Equal(8, records.Count(r => r.Abstract is not null));
        Assert.Empty(records[0].Authors); // @proceedings: editors, no authors
        var singh = records[1];
        Assert.Equal(["Sumer Singh", "Sheng Li"], singh.Authors);
        Assert.Equal("10.18653/v1/2021.woah-1.1", singh.Ids.Doi);
        Assert.Equal("2021.woah-1.1", singh.Ids.Other["acl"]);
        Assert.Equal("2021-08", singh.Published);
        Assert.Equal("HateBERT: Retraining BERT for Abusive Language Detection in English", records[3].Title);
        Assert.Contains("Jelena Mitrović", records[3].Authors);
    }

    [Fact]
    public async Task ReadAsync_UnclosedEntry_ReportsItsLineAndReadsTheNextEntry()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bibtex", "unclosed-entry.bib");

        Assert.Equal(["woah-2021-online", "hahn-etal-2021-modeling"], outcomes.Records().Select(r => r.Ids.Other["bibtex"]));
        var problem = Assert.Single(outcomes.Problems());
        Assert.Equal(15, problem.Location.Line);
        Assert.Contains("not closed", problem.Message);
    }

    [Fact]
    public async Task ReadAsync_MacrosConcatenationAndLatex_AreResolved()
    {
        var outcomes = await TestData.ReadAsync(CreateSut(), "bibtex", "macros-and-latex.bib");

        Assert.Empty(outcomes.Problems());
        var records = outcomes.Records();
        Assert.Equal(3, records.Count);

        var bert = records[0];
        Assert.Equal("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bert.Title);
        Assert.Equal("Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies", bert.Venue);
        Assert.Equal("2019-06", bert.Published);
        Assert.Equal(["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"], bert.Authors);

        var goedel = records[1];
        Assert.Equal("Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I", goedel.Title);
        Assert.Equal(["Kurt Gödel"], goedel.Authors);
        Assert.Equal(1931, goedel.Year);

        var attention = records[2];
        Assert.Equal("1706.03762", attention.Ids.ArxivId);
        Assert.Equal(3, attention.Authors.Count);
    }

    [Theory]
    [InlineData(@"{\""o}", "ö")]
    [InlineData(@"Mart{\'\i}n", "Martín")]
    [InlineData(@"Mitrovi{\'c}", "Mitrović")]
    [InlineData(@"{BERT} and \emph{friends}", "BERT and friends")]
    [InlineData(@"K\""oniglich {P}reussische", "Königlich Preussische")]
    [InlineData(@"A~B \& C --- D", "A B & C — D")]
    [InlineData(@"{\ss}e {\v{S}}", "ße Š")]
    public void ToPlain_LatexText_BecomesUnicode(string latex, string expected)
    {
        Assert.Equal(expected, LatexText.ToPlain(latex));
    }
}

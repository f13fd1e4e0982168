using KnowledgeGraph.Core.Linking.Evaluation;

namespace KnowledgeGraph.Core.Tests.Linking;

// Floors sit slightly under the measured scores so a regression fails; see `kg eval extraction` for the numbers.
public class EvaluationTests
{
    [Theory]
    [InlineData("dev", "proposed", 0.82)]
    [InlineData("dev", "methods", 0.85)]
    [InlineData("dev", "comparedWith", 0.75)]
    [InlineData("dev", "datasets", 0.90)]
    [InlineData("dev", "tasks", 0.80)]
    [InlineData("dev", "metrics", 0.87)]
    [InlineData("dev", "results", 0.92)]
    [InlineData("test", "proposed", 0.80)]
    [InlineData("test", "methods", 0.60)]
    [InlineData("test", "comparedWith", 0.65)]
    [InlineData("test", "datasets", 0.90)]
    [InlineData("test", "tasks", 0.56)]
    [InlineData("test", "metrics", 0.80)]
    [InlineData("test", "results", 0.75)]
    public void Evaluate_GoldSet_F1AboveFloor(string split, string type, double floor) =>
        AssertF1AboveFloor(TestLinker.GoldPath, split, type, floor);

    // the other dev sets: the gains of sessions 10 and 11 on Semantic Scholar and arXiv abstracts stay
    [Theory]
    [InlineData("s2-dev2-gold.jsonl", "proposed", 0.72)]
    [InlineData("s2-dev2-gold.jsonl", "methods", 0.68)]
    [InlineData("s2-dev2-gold.jsonl", "metrics", 0.33)]
    [InlineData("s2-dev2-gold.jsonl", "results", 0.28)]
    [InlineData("s2-dev-gold.jsonl", "methods", 0.70)]
    [InlineData("s2-dev-gold.jsonl", "comparedWith", 0.78)]
    [InlineData("s2-dev-gold.jsonl", "results", 0.78)]
    [InlineData("arxiv2023-gold.jsonl", "proposed", 0.72)]
    [InlineData("arxiv2023-gold.jsonl", "comparedWith", 0.78)]
    [InlineData("arxiv2023-gold.jsonl", "results", 0.82)]
    [InlineData("arxiv2023-gold.jsonl", "datasets", 0.88)]
    [InlineData("arxiv2023-gold.jsonl", "tasks", 0.70)]
    [InlineData("phrasings-gold.jsonl", "methods", 0.95)]
    [InlineData("phrasings-gold.jsonl", "datasets", 0.93)]
    [InlineData("phrasings-gold.jsonl", "tasks", 0.90)]
    [InlineData("phrasings-gold.jsonl", "metrics", 0.95)]
    [InlineData("phrasings-gold.jsonl", "results", 0.95)]
    [InlineData("mixed-dev-gold.jsonl", "proposed", 0.85)]
    [InlineData("mixed-dev-gold.jsonl", "methods", 0.60)]
    // sessions 13-15: abstracts copied from GitHub READMEs, labeled blind (the dev split: batches 1-2 dev, 4, 6, 8 and 10;
    // test is held out); session 15 added batches 8 and 10, which score lower on methods and baselines
    [InlineData("github-readme-gold.jsonl", "proposed", 0.81)]
    [InlineData("github-readme-gold.jsonl", "methods", 0.70)]
    [InlineData("github-readme-gold.jsonl", "comparedWith", 0.46)]
    [InlineData("github-readme-gold.jsonl", "datasets", 0.90)]
    [InlineData("github-readme-gold.jsonl", "tasks", 0.65)]
    [InlineData("github-readme-gold.jsonl", "metrics", 0.74)]
    [InlineData("github-readme-gold.jsonl", "results", 0.84)]
    [InlineData("github-readme-gold.jsonl", ExtractionEvaluator.ResultDataset, 0.86)]
    [InlineData("github-readme-gold.jsonl", ExtractionEvaluator.ResultMethod, 0.74)]
    // of the results found, the share tied to the dataset / model their label names (session 12)
    [InlineData("trending-gold.jsonl", ExtractionEvaluator.ResultDataset, 0.85)]
    [InlineData("trending-gold.jsonl", ExtractionEvaluator.ResultMethod, 0.80)]
    [InlineData("arxiv2023-gold.jsonl", ExtractionEvaluator.ResultMethod, 0.80)]
    [InlineData("phrasings-gold.jsonl", ExtractionEvaluator.ResultMethod, 0.95)]
    public void Evaluate_OtherDevSet_F1AboveFloor(string file, string type, double floor) =>
        AssertF1AboveFloor(Path.Combine(AppContext.BaseDirectory, "data", "extraction", file), "dev", type, floor);

    // errors are reported and outputs compared by id: a gold file with one id twice mixes two abstracts' errors
    [Fact]
    public void GoldFiles_EveryId_IsUnique()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "extraction"), "*-gold.jsonl"))
        {
            var repeated = GoldSetReader.ReadJsonLines(path).GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{Path.GetFileName(path)}: ids used twice: {string.Join(", ", repeated)}");
        }
    }

    private static void AssertF1AboveFloor(string path, string split, string type, double floor)
    {
        var papers = GoldSetReader.ReadJsonLines(path).Where(p => p.Split == split).ToList();

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate(split, papers);

        Assert.True(report[type].F1 >= floor, $"{Path.GetFileName(path)} {split} {type} F1 {report[type].F1:0.000} < {floor}\n{report.ToTable()}");
    }

    [Fact]
    public void Evaluate_ByExtractor_CountsEachRulesPredictionsAndHits()
    {
        // "Zorblat" is no vocabulary name: the title-prefix rule proposes it; the gold set expects another name
        var papers = new List<GoldPaper>
        {
            new()
            {
                Id = "a", Title = "Zorblat: graph learning", Abstract = "We fine-tune BERT on SST-2 for sentiment analysis.",
                Entities = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["proposed"] = ["Frobnic"],
                    ["methods"] = ["BERT"],
                    ["tasks"] = ["Sentiment Analysis"],
                },
            },
        };

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate("t", papers);

        var proposed = Assert.Single(report.ByExtractor!, e => e.Type == "proposed");
        Assert.Equal((1, 0), (proposed.Predicted, proposed.Correct));
        var bert = Assert.Single(report.ByExtractor!, e => e.Type == "methods");
        Assert.Equal((1, 1), (bert.Predicted, bert.Correct));
        Assert.Equal(report["tasks"].Predicted, report.ByExtractor!.Where(e => e.Type == "tasks").Sum(e => e.Predicted));
        Assert.Equal(report["tasks"].Correct, report.ByExtractor!.Where(e => e.Type == "tasks").Sum(e => e.Correct));
        Assert.Contains("proposed-method", report.ExtractorTable());
    }

    // a result labeled with one name of an entity is tied to it under any name the paper's label of that entity lists;
    // a name the label does not list is still wrong
    [Theory]
    [InlineData("ZorbNet achieves 71.9% mIoU on Cityscapes.", 1)]
    [InlineData("In contrast, BERT achieves 71.9% mIoU on Cityscapes.", 0)]
    public void Evaluate_ResultTiedToAnotherNameOfItsLabeledMethod_CountsAsTied(string sentence, int correct)
    {
        var paper = new GoldPaper
        {
            Id = "a", Title = "A study", Abstract = "We propose ZorbNet. " + sentence,
            Entities = new Dictionary<string, IReadOnlyList<string>>
            {
                ["proposed"] = ["ZSN|ZorbNet"],
                ["datasets"] = ["Cityscapes"],
                ["metrics"] = ["mIoU"],
            },
            Results = [new GoldResult("mIoU", "71.9%", "Cityscapes", "ZSN")],
        };

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate("t", [paper]);

        Assert.Equal(1, report[ExtractionEvaluator.ResultMethod].Predicted);
        Assert.Equal(correct, report[ExtractionEvaluator.ResultMethod].Correct);
    }

    // a result's metric counts under any name the paper's label of that metric lists, and no other
    [Theory]
    [InlineData("Top-1 Accuracy|top-1 accuracy|accuracy", 1)]
    [InlineData("Top-1 Accuracy|top-1 accuracy", 0)]
    public void Evaluate_ResultUnderAnotherNameOfItsLabeledMetric_IsFound(string metricLabel, int correct)
    {
        var paper = new GoldPaper
        {
            Id = "a", Title = "A study", Abstract = "We propose ZorbNet. ZorbNet reaches 88.9% accuracy on ImageNet.",
            Entities = new Dictionary<string, IReadOnlyList<string>> { ["metrics"] = [metricLabel] },
            Results = [new GoldResult("Top-1 Accuracy", "88.9%", null, null)],
        };

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate("t", [paper]);

        Assert.Equal(correct, report["results"].Correct);
    }

    [Fact]
    public void ReadJsonLines_GoldSet_HasDevAndHeldOutSplits()
    {
        var papers = GoldSetReader.ReadJsonLines(TestLinker.GoldPath);

        Assert.True(papers.Count >= 20);
        Assert.Contains(papers, p => p.Split == "dev");
        Assert.Contains(papers, p => p.Split == "test");
    }

    [Fact]
    public void ReadJsonLines_BadLines_AreReportedWithTheirLineAndTheRestRead()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                """{"id":"a","title":"A","abstract":"x","methods":["Transformer",3]}""",
                "not json",
                "[1,2]",
                "",
                """{"id":"b","title":"B","abstract":"y","results":[1,{"metric":"Accuracy","value":"9%"}]}""",
                """{"id":"c","title":5,"abstract":"z"}""",
                """{"id":"d","title":"D","abstract":"w","methods":["Transformer"],"results":[{"metric":"Accuracy","value":"9%"}]}""",
                """{"id":"e","split":"tset","title":"E","abstract":"v"}""",
            ]);
            var problems = new List<string>();

            var papers = GoldSetReader.ReadJsonLines(path, problems);

            var d = Assert.Single(papers);
            Assert.Equal("d", d.Id);
            Assert.Equal(["Transformer"], d.Entities["methods"]);
            Assert.Equal("Accuracy", Assert.Single(d.Results).Metric);
            Assert.Equal(6, problems.Count);
            Assert.Contains(":line 1: 'methods' item 2 is a number, not a string; the record is skipped", problems[0]);
            Assert.Contains(":line 2: not JSON", problems[1]);
            Assert.Contains(":line 3: a JSON array, not an object", problems[2]);
            Assert.Contains(":line 5: 'results' item 1 is a number, not an object", problems[3]);
            Assert.Contains(":line 6: 'title' is a number, not a string", problems[4]);
            Assert.Contains(":line 8: 'split' is 'tset', not dev or test; the record is skipped", problems[5]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadJsonLines_BadLineWithNowhereToReportIt_ThrowsNamingTheLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["""{"id":"a","title":"A","abstract":"x"}""", "{oops"]);

            var error = Assert.Throws<FormatException>(() => GoldSetReader.ReadJsonLines(path));

            Assert.Contains(":line 2:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadSciErc_DocumentWithoutSentences_IsReportedAndSkipped()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                """{"doc_key":"d1","sentences":[["We","use","CRFs","."]],"ner":[[[2,2,"Method"]]]}""",
                """{"doc_key":"d2","ner":[]}""",
            ]);
            var problems = new List<string>();

            var papers = GoldSetReader.ReadSciErc(path, "dev", problems);

            Assert.Equal("d1", Assert.Single(papers).Id);
            Assert.Contains(":line 2: not a SciERC document", Assert.Single(problems));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

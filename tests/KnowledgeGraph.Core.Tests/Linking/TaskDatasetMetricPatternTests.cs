using KnowledgeGraph.Core.Linking.Evaluation;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Made-up names ("Zorblat", "QuuxBench", "wobble depth") no vocabulary knows: each test fails without its rule.
public class TaskDatasetMetricPatternTests
{
    private static List<string> Tasks(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, title, text).Select(l => l.Name).Order(StringComparer.Ordinal)];

    private static List<string> Datasets(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, title, text).Where(l => l.Confidence >= 0.5).Select(l => l.Name).Order(StringComparer.Ordinal)];

    private static List<string> Metrics(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, title, text).Where(l => l.Confidence >= 0.5).Select(l => l.Name).Order(StringComparer.Ordinal)];

    // a benchmark the paper releases is data it evaluates on, counted in items or not (8 of the 9 dev labels of session 14
    // list it; one trending label, a benchmark of methods, does not)
    [Theory]
    [InlineData("We introduce QuuxBench, a benchmark of 12,000 questions over 3,000 tables.", "QuuxBench")]
    [InlineData("We introduce QuuxBench, a benchmark for long-context reasoning.", "QuuxBench")]
    public void Datasets_BenchmarkThePaperReleases_IsData(string sentence, string dataset) =>
        Assert.Equal(dataset.Split('|', StringSplitOptions.RemoveEmptyEntries), Datasets("A study", sentence));

    // a metric's acronym the text defines as something else, or glued to more of a name, is not that metric; one the text
    // defines as a measure is
    [Theory]
    [InlineData("Zorb is pre-trained as a masked autoencoder (MAE) and fine-tuned on zorblat images.", "")]
    [InlineData("Zorb adds a Multi-Scale Encoder (MSE) to the tracker.", "")]
    [InlineData("Zorb reaches 55.8 PQ on ADE20k panoptic segmentation.", "Panoptic Quality")]
    [InlineData("We report the area under the receiver operating curve (AUROC) of the zorblat classifier.", "AUC")]
    [InlineData("The zorblat ranker reaches an NDCG10 of 0.45 on the zorblat logs.", "NDCG")]
    public void Metrics_AcronymTheTextDefinesAsSomethingElse_IsNoMetric(string sentence, string metrics) =>
        Assert.Equal(metrics.Split('|', StringSplitOptions.RemoveEmptyEntries), Metrics("A study", sentence));

    // a version after a versioned name is that name's sibling; a version alone names nothing
    [Theory]
    [InlineData("For Something-Something V1 and V2, Zorb achieves 60.9% and 71.2% top-1 accuracy respectively.", "Something-Something V1|Something-Something V2")]
    [InlineData("We evaluate on Kinetics-400, Kinetics-600, and Something-Something V1&V2.", "Kinetics-400|Kinetics-600|Something-Something V1|Something-Something V2")]
    public void Datasets_VersionAfterAVersionedName_IsItsSibling(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Datasets("A study", sentence));

    // a numbered edition the vocabulary does not list is a dataset of its own; a year is not an edition
    [Theory]
    [InlineData("Zorb improves BLEU by 44% on Flores-101.", "Flores-101")]
    [InlineData("Zorb reaches a 44.7 win rate on AlpacaEval 2, ahead of the baselines.", "AlpacaEval 2")]
    [InlineData("Zorb reaches 41.0 AP on COCO-2017.", "MS COCO")]
    [InlineData("We train Zorb on the IWSLT14 training data.", "IWSLT14")]
    [InlineData("Zorb reaches 81.2 mAP on PASCAL VOC07+12.", "PASCAL VOC")]
    public void Datasets_NumberedEditionAfterAKnownName_IsThatEdition(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Datasets("A study", sentence));

    // a dataset's name with a letter inside it in the other case; words apart keep their case
    [Theory]
    [InlineData("Zorb reaches 50.1 mIoU on ADE20k.", "ADE20K")]
    [InlineData("We test Zorb on 2WikiMultihopQA.", "2WikiMultiHopQA")]
    [InlineData("Zorb is evaluated on the Libri-light benchmark.", "Libri-Light")]
    [InlineData("Experimental results on zorblats show gains.", "")]
    public void Datasets_NameWithALetterInTheOtherCase_IsThatDataset(string sentence, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Datasets("A study", sentence));

    [Fact]
    public void Datasets_PapersOwnNameBeforeABenchmarkNoun_IsData()
    {
        var datasets = Datasets("QuuxLong: Testing the Limits of LLMs with Long Context Reasoning",
            "To bridge this gap, we introduce the QuuxLong benchmark, designed to test reasoning over long documents. QuuxLong includes 20 tasks.");

        Assert.Equal(["QuuxLong"], datasets);
    }

    [Fact]
    public void Datasets_NewDatasetTheAuthorsCollect_IsADataset()
    {
        var datasets = Datasets("A study", "We collect a new dataset, QuuxSet, containing 10K annotated zorblat images.");

        Assert.Equal(["QuuxSet"], datasets);
    }

    [Fact]
    public void Metrics_AfterAHyphenatedQualifier_AreMeasured()
    {
        var metrics = Metrics("A study", "ZorbRL achieves state-of-the-art normalized scores on the D4RL benchmark.");

        Assert.Equal(["Normalized Score"], metrics);
    }

    [Fact]
    public void Tasks_TitleNominalization_NamesTheObjectAndHead()
    {
        var tasks = Tasks("Automated Detection of Zorblat Lesions on Leaf Images", "We study leaves.");

        Assert.Contains("Zorblat lesion detection", tasks);
    }

    [Fact]
    public void Tasks_TitleSecondConjunct_IsATaskToo()
    {
        var tasks = Tasks("Deep Nets for Quibble Detection and Frobnic Recognition", "We study both.");

        Assert.Contains("Quibble Detection", tasks);
        Assert.Contains("Frobnic Recognition", tasks);
    }

    [Fact]
    public void Tasks_TitleSlotWithQualityWord_DropsTheQuality()
    {
        var tasks = Tasks("A System for Automated Widget Flux Generation", "We build it.");

        Assert.Contains("Widget Flux Generation", tasks);
        Assert.DoesNotContain(tasks, t => t.StartsWith("Automated", StringComparison.Ordinal));
    }

    [Fact]
    public void Tasks_TitleNominalizationKnownToTheVocabulary_IsTheCanonicalTask()
    {
        var links = TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "Efficient Generation of Test Cases for Quux Robots", "We study robots.");

        var task = Assert.Single(links, l => l.Extractor == "task:nominalization");
        Assert.Equal("Test Generation", task.Name);
        Assert.False(task.Discovered);
    }

    [Fact]
    public void Tasks_VocabularyTaskInsideTheProposedName_IsNotATask()
    {
        var tasks = Tasks("Zorbic Language Modeling: A Pre-training Objective", "Zorbic Language Modeling pre-trains encoders by permuting their layers.");

        Assert.DoesNotContain("Language Modeling", tasks);
    }

    [Fact]
    public void Datasets_UnknownNamesListedWithAKnownOne_AreDatasets()
    {
        var datasets = Datasets("A study", "Our evaluation on three datasets of different scales, i.e., CIFAR-10, ZorbSet2019, and QuuxBench, demonstrates gains.");

        Assert.Equal(["CIFAR-10", "QuuxBench", "ZorbSet2019"], datasets);
    }

    [Fact]
    public void Datasets_NameInBracketsAfterDatasetNoun_IsADataset()
    {
        var datasets = Datasets("A study", "Starting from a public dataset (i.e., Blarg2Test), we built a new dataset for comparing tests.");

        Assert.Equal(["Blarg2Test"], datasets);
    }

    [Theory]
    [InlineData("Recently, a class of zorbic frobnic (ZFB) datasets was collected through simulated games.")]
    [InlineData("A module scans the frobnic execution kernel (FXK) database for new errors.")]
    public void Datasets_AcronymOfAKindOfDataBeforeTheDatasetNoun_IsNoDataset(string text)
    {
        // the closing bracket was glued into the name ("ZFB)"); the acronym stands for a task or a system, not a dataset
        var links = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "A study", text);

        Assert.Empty(links);
    }

    [Fact]
    public void Datasets_AcronymOfANamedCorpusBeforeTheDatasetNoun_IsTheAcronym()
    {
        var datasets = Datasets("A study", "We evaluate on the Zorblat Frobnic Corpus (ZFC) dataset and report gains.");

        Assert.Equal(["ZFC"], datasets);
    }

    [Fact]
    public void Datasets_ProposedNameWithCorpusApposition_IsReleasedData()
    {
        var datasets = Datasets("Essays", "We present Frobcorp, a balanced corpus of 2,000 essays written by students.");

        Assert.Equal(["Frobcorp"], datasets);
    }

    [Fact]
    public void Datasets_ProposedNameWithAMethodApposition_IsNotData()
    {
        var datasets = Datasets("Quantization", "We present Frobquant, a rigorously designed framework for network quantization.");

        Assert.Empty(datasets);
    }

    [Fact]
    public void Datasets_OneWordNameInsideACapitalizedRun_IsNotADataset()
    {
        // "Weather" is a one-word dataset of the generated vocabulary; here it is a word of a module's name
        var datasets = Datasets("Images", "We add a Multi Weather Fusion Block to the network and report results.");

        Assert.DoesNotContain("Weather", datasets);
    }

    [Fact]
    public void Datasets_PlainWordBeforeACapitalizedCorpusNoun_IsNotADatasetByItself()
    {
        var datasets = Datasets("Essays", "We call the collected data the Zibble Frobnic Comparison Corpus and study it.");

        Assert.DoesNotContain("Comparison", datasets);
    }

    [Fact]
    public void Datasets_AcronymDefinedForAKnownLongForm_IsOneDataset()
    {
        // both names are vocabulary datasets of their own; the definition in the text makes them one
        var datasets = Datasets("Reasoning", "Models excel at the Winograd Schema Challenge (WSC), and we evaluate them on it.");

        Assert.Equal(["Winograd Schema Challenge"], datasets);
    }

    [Fact]
    public void Methods_OneWordNameInsideACapitalizedRun_IsNotAMethod()
    {
        // "Electric" is a one-word method of the generated vocabulary; here it is a word of a company's name
        var methods = TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "Power grids", "We use data collected by the Hebei Electric Power Company.");

        Assert.DoesNotContain(methods, m => m.Name == "Electric");
    }

    [Fact]
    public void Metrics_SentenceSaysMetrics_KeepsPlainMetricWords()
    {
        var metrics = Metrics("Chat", "Performance is computed using metrics such as perplexity and the zork index.");

        Assert.Contains("Perplexity", metrics);
    }

    [Fact]
    public void Metrics_ClinicalMeasuresInAMetricSentence_AreMetrics()
    {
        var metrics = Metrics("Scans", "Based on metrics such as sensitivity, specificity and false discovery rate (FDR), the scans were compared.");

        Assert.Equal(["False Discovery Rate", "Sensitivity", "Specificity"], metrics);
    }

    [Theory]
    [InlineData("The zorblat classifier was tested for accuracy against human raters.", "Accuracy")]
    [InlineData("The precision achieved by the zorblat classifier proved appropriate.", "Precision")]
    public void Metrics_WhatATestMeasuresOrASystemAchieved_IsAMetric(string text, string metric) =>
        Assert.Contains(metric, Metrics("Zorblats", text));

    [Theory]
    [InlineData("Zorblat models have demonstrated high accuracy in numerous applications.")]
    [InlineData("The zorblat classifier was trained for accuracy on noisy data.")]
    public void Metrics_PlainMetricWordInPassing_IsTooWeak(string text) =>
        Assert.Empty(Metrics("Zorblats", text));

    [Fact]
    public void Metrics_WordsBeforeSingularMetric_NameAMetric()
    {
        var metrics = Metrics("Stability", "Additionally, we introduce the wobble depth metric, assessing stability. We also propose a new evaluation metric.");

        Assert.Equal(["Wobble depth"], metrics);
    }

    [Theory]
    [InlineData("LightGBM", "Gradient Boosting")]
    [InlineData("genetic programming", "Evolutionary Algorithm")]
    [InlineData("Bi-LSTM-CRF", "Bidirectional LSTM")]
    [InlineData("k-nearest neighbors", null)]
    [InlineData("word2vec", "Static Word Embeddings")]
    [InlineData("PaLM", "Large Language Model")]
    [InlineData("Markov chain Monte Carlo", null)]
    [InlineData("Gibbs sampler", "Markov Chain Monte Carlo")]
    [InlineData("L-BFGS", "Quasi-Newton Method")]
    [InlineData("SVRG", "Stochastic Gradient Descent")]
    [InlineData("decision transformers", "Transformer")]
    [InlineData("loopy belief propagation", null)]
    public void Vocabulary_CommonMethodsOutsideTheDump_ResolveWithParent(string surface, string? parent)
    {
        var entry = TestLinker.Instance.Vocabulary.Resolve(surface, NodeLabel.Method);

        Assert.NotNull(entry);
        Assert.Equal(parent, entry.Parent);
    }

    [Theory]
    [InlineData("travelling salesman problem", NodeLabel.Task, "Traveling Salesman Problem")]
    [InlineData("blind source separation", NodeLabel.Task, "Blind Source Separation")]
    [InlineData("task-oriented dialogue", NodeLabel.Task, "Task-Oriented Dialogue Systems")]
    [InlineData("test log-likelihood", NodeLabel.Metric, "Log-likelihood")]
    [InlineData("tok/s", NodeLabel.Metric, "Throughput")]
    public void Vocabulary_ClassicTasksAndMeasures_ResolveToTheirCanonicalName(string surface, NodeLabel kind, string canonical)
    {
        var entry = TestLinker.Instance.Vocabulary.Resolve(surface, kind);

        Assert.NotNull(entry);
        Assert.Equal(canonical, entry.Canonical);
    }

    [Theory]
    [InlineData("dev", "methods", 0.80)]
    [InlineData("dev", "datasets", 0.75)]
    [InlineData("dev", "tasks", 0.60)]
    [InlineData("dev", "metrics", 0.82)]
    public void Evaluate_Arxiv2023GoldSet_F1AboveFloor(string split, string type, double floor)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "extraction", "arxiv2023-gold.jsonl");
        var papers = GoldSetReader.ReadJsonLines(path).Where(p => p.Split == split).ToList();

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate(split, papers);

        Assert.True(report[type].F1 >= floor, $"{split} {type} F1 {report[type].F1:0.000} < {floor}\n{report.ToTable()}");
    }

    // regression floors a little under the session-5 scores (methods .54, tasks .58, metrics .70, results .62)
    [Theory]
    [InlineData("methods", 0.50)]
    [InlineData("tasks", 0.55)]
    [InlineData("metrics", 0.65)]
    [InlineData("results", 0.55)]
    public void Evaluate_MixedDevGoldSet_F1AboveFloor(string type, double floor)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "extraction", "mixed-dev-gold.jsonl");
        var papers = GoldSetReader.ReadJsonLines(path).ToList();

        var report = new ExtractionEvaluator(TestLinker.Instance).Evaluate("dev", papers);

        Assert.True(report[type].F1 >= floor, $"mixed dev {type} F1 {report[type].F1:0.000} < {floor}\n{report.ToTable()}");
    }

    [Fact]
    public void Datasets_CapitalizedWordsAfterEvaluationOnInATitle_AreNoDataset()
    {
        var datasets = Datasets("ZorbChat Versus Experts: Blinded Evaluation on Answering Frobnicology Case Questions", "We compare answers.");

        Assert.Empty(datasets);
    }

    [Fact]
    public void Datasets_CapitalizedNamesAfterExperimentsInTheAbstract_AreDatasets()
    {
        var datasets = Datasets("A study", "We report experiments in Zorb Gym, Frob Control Suite, and Quux Arena, where our agent improves.");

        Assert.Contains("Frob Control Suite", datasets);
    }

    // a quality of the output named in the paper's words, after a comparison or "in terms of" (and the next item of such
    // a list); not a bare "quality", not an adjective ("high-quality"), not after a verb of doing
    [Theory]
    [InlineData("ZorbTTS achieves slightly inferior zorblat quality to Tacotron 2.", "Zorblat quality")]
    [InlineData("Raters prefer ZorbGen in terms of zorblat quality and quux-text alignment.", "Quux-text alignment|Zorblat quality")]
    [InlineData("ZorbRF reaches better quux rendering quality than NeRF.", "Quux rendering quality")]
    [InlineData("ZorbGen yields better quality and high-quality zorblat images.", "")]
    [InlineData("We study how to improve zorblat quality in general.", "")]
    public void Metrics_QualityComparedInTheAuthorsWords_IsAMetric(string text, string metrics) =>
        Assert.Equal(metrics.Split('|', StringSplitOptions.RemoveEmptyEntries), Metrics("A Study", text));

    // an evaluation named as such is reported; a measure the paper's own work improves or keeps is measured; the same
    // words in another's voice are not
    [Theory]
    [InlineData("We show through human evaluation that tuning ZorbLM helps.", "Human Evaluation")]
    [InlineData("We propose a hybrid approach to improve the recognition accuracy of zorblat tagging.", "Accuracy")]
    [InlineData("ZorbPrune boosts inference speed without sacrificing accuracy.", "Accuracy|Speedup")]
    [InlineData("Knowledge graph question answering aims to improve factual accuracy.", "")]
    public void Metrics_EvaluationOrMeasureTheWorkKeeps_IsAMetric(string text, string metrics) =>
        Assert.Equal(metrics.Split('|', StringSplitOptions.RemoveEmptyEntries), Metrics("ZorbPrune: Fast Nets", text));
}

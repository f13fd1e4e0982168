using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Sentences written in the phrasing abstracts use for baselines and results (the names are real models, datasets and
// metrics; the papers "AlphaNet" … are not): each pins one general rule, none names a labeled abstract.
public class ComparisonAndResultPatternTests
{
    private static List<string> Baselines(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, title, text).Select(l => l.Surface).Order(StringComparer.Ordinal)];

    private static List<EntityLink> Results(string title, string text) =>
        TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, title, text);

    [Fact]
    public void Baselines_SuchAsAfterGenericNoun_FindsTheNamedOnes()
    {
        var names = Baselines("AlphaNet: Point Clouds", "AlphaNet outperforms state-of-the-art methods such as PointNet and DGCNN on ModelNet40.");

        Assert.Equal(["DGCNN", "PointNet"], names);
    }

    [Fact]
    public void Baselines_ExampleMarkerInParentheses_FindsTheNamedOnes()
    {
        var names = Baselines("EtaNet: Rendering", "EtaNet outperforms existing methods (e.g., NeRF, Instant-NGP and 3D Gaussian Splatting) in rendering quality.");

        Assert.Equal(["3D Gaussian Splatting", "Instant-NGP", "NeRF"], names);
    }

    [Fact]
    public void Baselines_OverAfterAMeasuredMargin_IsABaseline()
    {
        var names = Baselines("ZorbRet: Retrieval", "ZorbRet improves top-20 retrieval accuracy by 4.1 points over DPR on Natural Questions.");

        Assert.Equal(["DPR"], names);
    }

    [Fact]
    public void Baselines_KnownNameAndTheAcronymAfterIt_AreOneModel()
    {
        var names = Baselines("ZorbSeg: Tumors", "On BraTS 2021, ZorbSeg surpasses nnU-Net and Swin UNETR.");

        Assert.Equal(["Swin UNETR", "nnU-Net"], names);
    }

    // trailing pluses are part of a name, also before punctuation: "DeepLabv3+." is not DeepLabv3
    [Fact]
    public void Baselines_NameEndingInPluses_KeepsThem()
    {
        var names = Baselines("ZorbNet: Zorblats", "ZorbNet outperforms PointNet++, DGCNN and QuuxNet+; it is better than DeepLabv3+.");

        Assert.Equal(["DGCNN", "DeepLabv3+", "PointNet++", "QuuxNet+"], names);
    }

    [Fact]
    public void Baselines_SingularAcronymOfAFamily_IsABaseline()
    {
        var names = Baselines("GraphZ: Graphs", "GraphZ outperforms GCN, GAT and GraphSAGE on ogbn-arxiv.");

        Assert.Contains("GCN", names);
        Assert.Contains("GAT", names);
    }

    [Fact]
    public void Baselines_PluralFamily_StaysWeakAndUnlisted()
    {
        var links = TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, "GraphZ: Graphs", "GraphZ outperforms GNNs on ogbn-arxiv.");

        Assert.All(links, l => Assert.True(l.Confidence < 0.5));
    }

    [Fact]
    public void Baselines_OnParWithAndCompetitiveWith_OpenAComparison()
    {
        var names = Baselines("ZetaNet: Small Models", "ZetaNet is on par with Mistral 7B and competitive with Gemma.");

        Assert.Equal(["Gemma", "Mistral 7B"], names);
    }

    // "transformer-based models" describes a kind of approach by what it builds on: the architecture is a weak link, as a
    // family is, below the default confidence floor, not a named baseline (the GitHub-README dev labels never name it)
    [Theory]
    [InlineData("KappaNet outperforms transformer-based models on Speech Commands.")]
    [InlineData("KappaNet outperforms other LLM-based methods on the zorblat tasks.")]
    // a technique's acronym before a plural noun of approaches names a class of them, not one baseline
    [InlineData("KappaNet outperforms the existing detection KD methods on COCO.")]
    [InlineData("KappaNet outperforms advanced RAG baselines on multi-hop questions.")]
    public void Baselines_ArchitectureBasedModels_AreNoNamedBaseline(string text)
    {
        Assert.Empty(TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, "KappaNet: Keyword Spotting", text));
    }

    [Theory]
    [InlineData("ZetaMath reaches 51.7% on MATH, approaching the performance level of Gemini-Ultra and GPT-4.")]
    [InlineData("ZetaMath reaches 51.7% on MATH, approaching the performance of Gemini-Ultra and GPT-4.")]
    public void Baselines_ApproachingThePerformanceOf_AreBaselines(string text)
    {
        Assert.Equal(["GPT-4", "Gemini-Ultra"], Baselines("ZetaMath: Math Reasoning", text));
    }

    [Fact]
    public void Baselines_SpaceSeparatedCapitalizedWords_AreOneName()
    {
        var names = Baselines("LambdaNet: Routing", "Models with LambdaNet surpass Dense Routing, sparse experts and efficient transformers.");

        Assert.Equal(["Dense Routing"], names);
    }

    [Fact]
    public void Baselines_CapitalizedWordBeforeAKnownMethod_IsAVariantOfIt()
    {
        var links = TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, "MuNet: Vision", "MuNet outperforms Windowed Transformer on ImageNet.");

        var link = Assert.Single(links);
        Assert.Equal("Windowed Transformer", link.Name);
        Assert.Equal("Transformer", link.Properties["parent"]);
    }

    [Fact]
    public void Baselines_ThoseInTheTraditionalFamily_IsABaseline()
    {
        var names = Baselines("NuNet: PDEs", "NuNet converges faster, compared to those in the traditional PINNs in the Eulerian frame.");

        Assert.Equal(["PINNs"], names);
    }

    [Fact]
    public void Baselines_VersusContrast_NamesNoBaseline()
    {
        var names = Baselines("A study of detectors", "We study backbones (CNN-based vs Transformer-based) and head designs.");

        Assert.Empty(names);
    }

    [Fact]
    public void Metrics_PassAtOne_IsPassAtKWithItsResult()
    {
        var results = Results("CodeBaz: Code Models", "CodeBaz achieves 67.1% pass@1 on HumanEval.");

        var result = Assert.Single(results);
        Assert.Equal("Pass@k", result.Properties["metric"]);
        Assert.Equal("67.1%", result.Properties["value"]);
        Assert.Equal("HumanEval", result.Properties["dataset"]);
    }

    [Fact]
    public void Results_MetricOfNumber_BindsToTheMetricBeforeIt()
    {
        var results = Results("QANet: Reading", "On SQuAD v2.0 it reaches an F1 score of 88.1 and EM of 85.0.");

        Assert.Equal(["Exact Match=85.0", "F1 Score=88.1"],
            results.Select(r => r.Properties["metric"] + "=" + r.Properties["value"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Results_DatasetRightBeforeTheNumber_WinsOverALaterOne()
    {
        var results = Results("SegX: Segmentation", "SegX sets a new state of the art on Cityscapes val (83.1% mIoU) and PASCAL VOC 2012 test (89.2 mIoU).");

        Assert.Equal(["83.1%@Cityscapes", "89.2@PASCAL VOC"],
            results.Select(r => r.Properties["value"] + "@" + r.Properties["dataset"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Results_WholeNumberNamedByAMetric_IsAResultButAModelSizeIsNot()
    {
        var results = Results("GenX: Faces", "The 7B GenX model reaches an FID of 7 on FFHQ with 12 sampling steps.");

        var result = Assert.Single(results);
        Assert.Equal("Fréchet Inception Distance", result.Properties["metric"]);
        Assert.Equal("7", result.Properties["value"]);
    }

    [Fact]
    public void Results_MetricOnDatasetFromXToY_BothNumbersAreThatMetric()
    {
        var results = Results("R11Net: Retrieval", "R11Net improves the zero-shot accuracy on ImageNet from 68.3% to 75.1%.");

        Assert.Equal(["Accuracy=68.3%", "Accuracy=75.1%"],
            results.Select(r => r.Properties["metric"] + "=" + r.Properties["value"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Results_PercentFewerFlops_IsAFlopsResult()
    {
        var results = Results("R3Net: Efficient", "R3Net matches the baseline while using 40% fewer FLOPs.");

        var result = Assert.Single(results);
        Assert.Equal("FLOPs", result.Properties["metric"]);
        Assert.Equal("40%", result.Properties["value"]);
    }

    [Theory]
    [InlineData("Our model outperforms ZorbNet on every split.")]
    [InlineData("Our model surpasses ZorbNet on every split.")]
    [InlineData("Our model outstrips ZorbNet on every split.")]
    [InlineData("Our model exceeds ZorbNet on every split.")]
    [InlineData("Our model beats ZorbNet on every split.")]
    [InlineData("Our model is evaluated against ZorbNet on every split.")]
    [InlineData("Our model is faster than ZorbNet on every split.")]
    [InlineData("Our model rivals ZorbNet on every split.")]
    [InlineData("Our model matches the performance of ZorbNet on every split.")]
    [InlineData("Our model is on par with ZorbNet on every split.")]
    [InlineData("Our model is competitive with ZorbNet on every split.")]
    [InlineData("Our model is superior to ZorbNet on every split.")]
    [InlineData("We compare our model with ZorbNet on every split.")]
    [InlineData("Our model is compared with ZorbNet on every split.")]
    [InlineData("It gives large improvements over ZorbNet on every split.")]
    [InlineData("Our model beats baselines such as ZorbNet on every split.")]
    public void Baselines_EveryComparisonTrigger_OpensAScope(string sentence) =>
        Assert.Contains("ZorbNet", Baselines("A study", sentence));

    [Fact]
    public void Baselines_LowerCaseExamplesAfterAMethodNounInAComparison_AreBaselines()
    {
        var baselines = Baselines("A study", "ZorbMix significantly outperforms traditional methods such as frobnic proportional mixing and equal quux mixing.");

        Assert.Equal(["equal quux mixing", "frobnic proportional mixing"], baselines);
    }

    [Fact]
    public void Baselines_LowerCaseExamplesAfterANounThatIsNoMethod_AreNotBaselines()
    {
        // "results" names no method: what follows "such as" is examples of results, not baselines
        var baselines = Baselines("A study", "ZorbMix outperforms earlier results such as frobnic mixing and equal quux mixing.");

        Assert.Empty(baselines);
    }

    [Fact]
    public void Baselines_FamilyNameGivenASingularAcronym_IsABaseline()
    {
        var baselines = TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, "A study",
            "We compare the proposed models to existing models such as vision transformer (ViT) models.");

        Assert.Contains(baselines, l => l.Name == "Vision Transformer" && l.Confidence >= 0.5);
    }

    [Theory]
    [InlineData("The zorbic generator reveals more failures than the random baseline.", "random baseline")]
    [InlineData("Frobnic mixing yields a higher fault detection rate than random latent truncation.", "random latent truncation")]
    public void Baselines_RandomProcedureInAComparison_IsABaseline(string text, string baseline)
    {
        Assert.Contains(baseline, Baselines("A study", text));
    }

    [Fact]
    public void Baselines_RandomWordOutsideAComparison_IsNoBaseline()
    {
        Assert.Empty(Baselines("A study", "We use random search to tune the zorbic learning rate."));
    }

    private static List<string> MetricValues(List<EntityLink> results) =>
        [.. results.Select(r => r.Properties["metric"] + "=" + r.Properties["value"]).Order(StringComparer.Ordinal)];

    // "Exact Match=45.2@TriviaQA": each result with the dataset or method it is tied to
    private static List<string> MetricValuesAnd(List<EntityLink> results, string property) =>
        [.. results.Select(r => r.Properties["metric"] + "=" + r.Properties["value"] + "@" + r.Properties.GetValueOrDefault(property)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Results_TimesReductionInParameters_IsAParameterCountResult()
    {
        var results = Results("R21Net: Tiny Speech", "R21Net matches Conformer with a 12 times reduction in parameters and 3.5x fewer params than Whisper.");

        Assert.Equal(["Parameter Count=12 times", "Parameter Count=3.5x"], MetricValues(results));
    }

    [Fact]
    public void Results_ParametersWithoutAReductionWord_AreNoResult()
    {
        var results = Results("R22Net: Language", "R22Net is a 1.3B parameters model trained on C4.");

        Assert.Empty(results);
    }

    [Fact]
    public void Results_ParentheticalAverageAfterAnUpToFigure_SharesItsMetric()
    {
        var results = Results("R23Net: Distributed Training", "R23Net reduces the communication volume by up to 9.4x (on average 3.1x) compared to DGL.");

        Assert.Equal(["Communication Volume=3.1x", "Communication Volume=9.4x"], MetricValues(results));
    }

    // a confidence level and its interval qualify the result before them; they are no results of their own
    [Theory]
    [InlineData("The classifier reached an AUC of 0.91 (95% CI: 0.88–0.94) on the test cohort.", "AUC=0.91")]
    [InlineData("The classifier reached an AUC of 0.91 (95% confidence interval 0.88-0.94) on the test cohort.", "AUC=0.91")]
    [InlineData("Sensitivity was 85% (95% CI, 80%-90%) and specificity was 92% (95% CI 89-95%).", "Sensitivity=85%|Specificity=92%")]
    [InlineData("Specificity was 92%, 95% CI 0.89 to 0.95, in the external cohort.", "Specificity=92%")]
    public void Results_ConfidenceLevelAndInterval_AreNoResults(string sentence, string expected)
    {
        var results = Results("A Zorblat Screening Study", sentence);

        Assert.Equal(expected.Split('|'), MetricValues(results));
    }

    [Fact]
    public void Results_PluralMetricSubjectWere_TiesItsNumber()
    {
        var results = Results("A Zorblat Reader Study", "The average misclassification rates were 51.2% in the axial view.");

        Assert.Equal(["Misclassification Rate=51.2%"], MetricValues(results));
    }

    [Theory]
    [InlineData("Accuracy improved from 71.2% to 78.5% after fine-tuning.", "Accuracy=71.2%|Accuracy=78.5%")]
    [InlineData("Perplexity drops to 18.3 on WikiText-103.", "Perplexity=18.3")]
    [InlineData("The accuracy is improved by around 1% by the pooling layer.", "Accuracy=1%")]
    public void Results_MetricThatChangedByOrToANumber_TiesIt(string sentence, string expected)
    {
        var results = Results("A Zorblat Study", sentence);

        Assert.Equal(expected.Split('|'), MetricValues(results));
    }

    [Theory]
    [InlineData("Our system achieves 67.0% pass@1 on HumanEval, surpassing GPT-4 (61.2%).", "Pass@k=61.2%|Pass@k=67.0%")]
    [InlineData("The model achieved 0.89 accuracy, outperforming the logistic regression baseline (0.81).", "Accuracy=0.81|Accuracy=0.89")]
    public void Results_BaselinesBracketedFigure_SharesTheSentencesMetric(string sentence, string expected)
    {
        var results = Results("A Zorblat Study", sentence);

        Assert.Equal(expected.Split('|'), MetricValues(results));
    }

    [Theory]
    [InlineData("ZorbNet achieves 84.3% mIoU on Cityscapes and 52.1% on ADE20K.", "Mean IoU=52.1%@ADE20K|Mean IoU=84.3%@Cityscapes")]
    [InlineData("Our best model reaches a WER of 2.1%/4.3% on the LibriSpeech test-clean/test-other sets.", "Word Error Rate=2.1%@LibriSpeech|Word Error Rate=4.3%@LibriSpeech")]
    public void Results_ParallelFigureOnAnotherDatasetOrAfterASlash_SharesTheMetric(string sentence, string expected)
    {
        var results = Results("ZorbNet: Fast Zorblats", sentence);

        Assert.Equal(expected.Split('|'), MetricValuesAnd(results, "dataset"));
    }

    [Fact]
    public void Results_VersionedModelsBracketedFigures_AreTheirsOnTheSentencesMetric()
    {
        var results = Results("A Zorblat Exam Study", "GPT-4 achieved the highest accuracy (86.1%), followed by Claude 2 (78.4%) and Llama 2-70B (62.0%).");

        Assert.Equal(["Accuracy=62.0%@LLaMA", "Accuracy=78.4%@Claude", "Accuracy=86.1%@GPT-4"],
            MetricValuesAnd(results, "method"));
    }

    [Fact]
    public void Results_MetricOfAModelVariantAndASignedBracketedChange_AreTied()
    {
        var results = Results("ZorbViT: Token Pruning", "On ImageNet-1K, ZorbViT reduces the FLOPs of DeiT-S by 38% while keeping 79.6% top-1 accuracy (-0.2%).");

        Assert.Equal(["FLOPs=38%", "Top-1 Accuracy=-0.2%", "Top-1 Accuracy=79.6%"], MetricValues(results));
        // DeiT-S is what the FLOPs are measured of, not the model that scored
        Assert.All(results, r => Assert.Equal("ZorbViT", r.Properties["method"]));
    }

    [Theory]
    [InlineData("ZorbNet reduces MSE by 12.3% and MAE by 8.7% on average.", "Mean Absolute Error=8.7%|Mean Squared Error=12.3%")]
    [InlineData("Experiments on HatEval show macro-F1 improvements of 3.4 points over fine-tuned XLM-R.", "F1 Score=3.4 points")]
    public void Results_MetricByOrMetricChangeOf_BindsItsOwnNumber(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), MetricValues(Results("ZorbNet: Zorblats", sentence)));

    [Fact]
    public void Results_ProposedMethodWrittenByItsLongForm_IsNamedByItsOwnName()
    {
        var links = TestLinker.Instance.Link("A Zorblat Study",
            "We propose the Zorblat Flux Network (ZFN) for digit recognition. The Zorblat Flux Network reaches an accuracy of 91.2% on MNIST.");
        var proposed = Assert.Single(links, l => l.Type == RelationshipType.Proposes).Name;

        Assert.Equal(proposed, Assert.Single(links, l => l.Type == RelationshipType.Reports).Properties["method"]);
    }

    [Theory]
    [InlineData("On six tasks, ZorbDex achieves an average success rate of 78%, compared with 41% for behavior cloning.", "Behavior Cloning")]
    [InlineData("On six tasks, ZorbDex achieves an average success rate of 78%, compared with 41% for the zorblat heuristic.", null)]
    public void Results_ComparedFigure_BelongsToWhatTheSentenceNamesForItNeverTheProposedMethod(string sentence, string? method)
    {
        var results = Results("ZorbDex: Dexterous Zorblats", sentence);

        Assert.Equal(method, results.Single(r => r.Properties["value"] == "41%").Properties.GetValueOrDefault("method"));
        Assert.Equal("ZorbDex", results.Single(r => r.Properties["value"] == "78%").Properties["method"]);
    }

    [Fact]
    public void Results_RespectivelyOverTheSentencesDatasets_PairsEachNumberWithItsDataset()
    {
        var results = Results("ZorbRet: Retrieval", "On Natural Questions and TriviaQA, ZorbRet reaches an exact match of 45.2 and 61.8, respectively.");

        Assert.Equal(["Exact Match=45.2@Natural Questions", "Exact Match=61.8@TriviaQA"],
            MetricValuesAnd(results, "dataset"));
    }

    [Fact]
    public void Results_BracketedValueAfterEachMetric_AndTheNearestModelBeforeIt_AreTied()
    {
        var results = Results("A Zorblat Forecasting Study",
            "The attention-based LSTM achieved the lowest RMSE (1.92) and MAPE (1.41%), outperforming ARIMA (RMSE 3.57) and the vanilla GRU (RMSE 2.31).");

        Assert.Equal(["Mean Absolute Percentage Error=1.41%", "Root Mean Squared Error=1.92", "Root Mean Squared Error=2.31", "Root Mean Squared Error=3.57"],
            MetricValues(results));
        Assert.Equal("Gated Recurrent Unit", results.Single(r => r.Properties["value"] == "2.31").Properties["method"]);
    }

    [Fact]
    public void Results_SecondSubjectOfTheSentence_OwnsItsFigure()
    {
        var results = Results("A Zorblat Dropout Study", "XGBoost performed best, with an AUC of 0.89, while logistic regression reached an AUC of 0.83.");

        Assert.Equal(["AUC=0.83@Logistic Regression", "AUC=0.89@XGBoost"], MetricValuesAnd(results, "method"));
    }

    [Theory]
    // the model whose bracket holds the figure
    [InlineData("ZorbLM: Fast Zorblat Text", "Experiments show ZorbLM narrows the gap (ZorbLM (29.92) vs BART (30.61) ROUGE-L on XSum).", "30.61", "BART")]
    // a sentence that names no model speaks of the paper's one proposed method
    [InlineData("ZorbCL: Compiling Dynamic Zorblats", "We propose ZorbCL, a compiler for dynamic networks. Our evaluation shows a 100% success rate in compiling all of them.", "100%", "ZorbCL")]
    // the model that is the subject, nearer than the paper's own benchmark
    [InlineData("ZorbBench: Hard Zorblat Questions", "We release ZorbBench. Our results show the difficulty posed by ZorbBench: even the best model, GPT-3.5, achieves an accuracy of 65.0%.", "65.0%", "GPT-3.5")]
    // a comparison that goes on figure by figure; the model owning an earlier figure is not the subject of a later one
    [InlineData("ZorbFL: Robust Federated Zorblats", "On CIFAR-10, ZorbFL reaches 71.4% accuracy versus 62.8% for FedAvg and 66.1% for SCAFFOLD, while reducing communication cost by 35%.", "66.1%", "SCAFFOLD")]
    [InlineData("ZorbFL: Robust Federated Zorblats", "On CIFAR-10, ZorbFL reaches 71.4% accuracy versus 62.8% for FedAvg and 66.1% for SCAFFOLD, while reducing communication cost by 35%.", "35%", "ZorbFL")]
    public void Results_MethodOfAResult_IsTheModelThatScored(string title, string text, string value, string method)
    {
        var results = Results(title, text);

        Assert.Equal(method, results.Single(r => r.Properties["value"] == value).Properties["method"]);
    }

    [Fact]
    public void Results_OurModelAsSubject_IsTheProposedMethod()
    {
        var results = Results("ZorbNet: Fast Zorblat Translation", "Our model obtains BLEU scores of 29.1 and 41.2 on WMT14 En-De and En-Fr, respectively.");

        Assert.Equal(["BLEU=29.1", "BLEU=41.2"], MetricValues(results));
        Assert.All(results, r => Assert.Equal("ZorbNet", r.Properties["method"]));
    }

    [Fact]
    public void Results_FigureComparedWith_SharesTheMetricAndNamesItsModel()
    {
        var results = Results("A Zorblat Exam Study", "GPT-4 achieved an accuracy of 86.4% on the USMLE, compared with 60.2% for GPT-3.5.");

        Assert.Equal(["Accuracy=60.2%", "Accuracy=86.4%"], MetricValues(results));
        Assert.Equal("GPT-3.5", results.Single(r => r.Properties["value"] == "60.2%").Properties["method"]);
        Assert.Equal("GPT-4", results.Single(r => r.Properties["value"] == "86.4%").Properties["method"]);
    }

    [Theory]
    [InlineData("The agent obtains an average return of 3500 on HalfCheetah.", "Return=3500")]
    [InlineData("The LSTM achieved R2 = 0.94 on the test data.", "Coefficient of Determination=0.94")]
    [InlineData("The win rate against GPT-4 is 62.3%.", "Win Rate=62.3%")]
    [InlineData("Top-1 accuracy increases by 1.5 percentage points.", "Top-1 Accuracy=1.5 percentage points")]
    [InlineData("It improves nDCG@10 by 3.1% on the zorblat catalogue.", "NDCG=3.1%")]
    [InlineData("The model achieves a Dice score of 0.91 and a Hausdorff distance of 3.2 mm.", "Dice Score=0.91|Hausdorff Distance=3.2 mm")]
    [InlineData("The mean absolute error was 2.3 years.", "Mean Absolute Error=2.3 years")]
    [InlineData("The agent was trained from 2019 to 2021 and reached an average return of 2020.", "")]
    public void Results_ReturnsR2WinRatesCutOffsAndUnits_AreTied(string sentence, string expected)
    {
        var results = Results("A Zorblat Study", sentence);

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), MetricValues(results));
    }

    [Fact]
    public void Results_ThresholdInAnOpeningCondition_IsNoResult()
    {
        var results = Results("A Zorblat Reader Study", "If all misclassification rates were >30%, the system passed the test; it reached an accuracy of 88%.");

        Assert.Equal(["Accuracy=88%"], MetricValues(results));
    }

    [Fact]
    public void Results_LatexTimesAndAFrameRate_AreUnitsOfTheirValue()
    {
        var results = Results("R24Net: Edge Inference", "R24Net runs at 57.3fps on a Jetson, with $3\\times$ reduction in model size.");

        Assert.Equal(["Model Size=3\\times", "Throughput=57.3fps"], MetricValues(results));
    }

    [Fact]
    public void Metrics_InTermsOfCapitalizedNames_AreDiscoveredMetrics()
    {
        var links = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "Multi-objective search",
            "Our sampler outperforms existing methods in terms of Hypervolume, R2-distance, IGD-plus and sample diversity.");

        Assert.Contains(links, l => l.Name == "Hypervolume" && l.Discovered);
        // "R2" is a known metric, but here only part of a longer name
        Assert.Contains(links, l => l.Name == "R2-distance" && l.Discovered);
        Assert.Contains(links, l => l.Name == "IGD-plus" && l.Discovered);
        Assert.DoesNotContain(links, l => l.Name.Contains("diversity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Metrics_NamedOnlyByAResultsCountNoun_IsStillAMetric()
    {
        var links = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "R25Net: Tiny Speech",
            "R25Net matches Conformer with a 12 times reduction in parameters.");

        Assert.Contains(links, l => l.Name == "Parameter Count");
    }

    [Fact]
    public void Datasets_ExperimentsInAListOfCapitalizedNames_AreDatasets()
    {
        var links = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "Stable streaming RL",
            "Through experiments in Gridland Maze, Crafter Suite, and MiniGrid, we show stable learning.");

        var names = links.Select(l => l.Name).ToHashSet();
        Assert.Contains("Gridland Maze", names);
        Assert.Contains("Crafter Suite", names);
    }

    [Theory]
    [InlineData("Its answers were longer compared to ORL consultants' answers.")]
    [InlineData("The model selected answers more often than Zorblat's own answer.")]
    [InlineData("We forecast twenty currencies against the US dollar.")]
    [InlineData("The fitted functions are simpler than the Friedmann equation.")]
    public void Baselines_UnknownWordQualifyingANoun_IsNoBaseline(string sentence) =>
        Assert.Empty(Baselines("A Study", sentence));

    [Theory]
    [InlineData("It improves the F1 score compared to the ZorbText implementation.", "ZorbText")]
    [InlineData("It outperforms ZorbNet significantly on three graphs.", "ZorbNet")]
    [InlineData("It outperforms ZorbNet trained on the same graphs.", "ZorbNet")]
    public void Baselines_UnknownNameBeforeAMethodNounAdverbOrParticiple_IsStillABaseline(string sentence, string baseline) =>
        Assert.Equal([baseline], Baselines("A Study", sentence));

    private static List<string> ResultRows(string text) =>
        [.. Results("A Study", text).Select(r => r.Properties["metric"] + "=" + r.Properties["value"]
            + (r.Properties.TryGetValue("dataset", out var d) ? "@" + d : "")).Order(StringComparer.Ordinal)];

    // a frame rate written apart from its number is the metric that names it, not a unit of the accuracy before it
    [Fact]
    public void Results_FramesPerSecondApart_IsAThroughputResultOfItsOwn()
    {
        Assert.Equal(["Mean IoU=77.4%@Cityscapes", "Throughput=102@Cityscapes"],
            ResultRows("In particular, ZorbNet yields 77.4% mIoU at 102 FPS on Cityscapes."));
    }

    // a bracketed figure after each dataset's name is the sentence's one metric on that dataset
    [Fact]
    public void Results_BracketedFigureAfterADataset_IsTheSentencesMetricThere()
    {
        Assert.Equal(["mAP@0.5=+20.5@S3DIS", "mAP@0.5=+3.5@SUN RGB-D", "mAP@0.5=+4.5@ScanNet"],
            ResultRows("The method achieves state-of-the-art results in terms of mAP@0.5 on ScanNet V2 (+4.5), SUN RGB-D (+3.5), and S3DIS (+20.5) datasets."));
    }

    // a metric changed by a number: a metric the vocabulary does not know, named by its head word; the model it is
    // measured of between metric and number, with quantifiers or a size ("ResNet-50"), is no barrier
    [Theory]
    [InlineData("On average, ZorbFed can improve the quux recognition rate by 13.28% compared to the supervised model.", "Quux recognition rate=13.28%")]
    [InlineData("ZorbTS outperforms the baselines, reducing zorblat error by an average of 10.4% and 38.2%, respectively.", "Zorblat error=10.4%|Zorblat error=38.2%")]
    [InlineData("Overall, ZorbRAG improves the accuracy of six different LLMs by up to 18%.", "Accuracy=18%")]
    [InlineData("ZorbAug improves the top-1 accuracy of ResNet-50 by 1.2%.", "Top-1 Accuracy=1.2%")]
    [InlineData("The tuned model improves the quux rate of learning by 3%.", "")]
    public void Results_MetricChangedByANumber_IsAResult(string text, string rows) =>
        Assert.Equal(rows.Split('|', StringSplitOptions.RemoveEmptyEntries), ResultRows(text));

    // a quantity changed by a number, in the paper's own words: the object of a change verb whose head word says it is
    // measured, what it is of left out; a quantity named after the figure ("in quux score"); not a model, not
    // "performance", not scores named before
    [Theory]
    [InlineData("Moreover, ZorbCoT reduces zorblat delay by more than 50% with a slight drop in quality.", "Zorblat delay=50%")]
    [InlineData("ZorbFT largely shortens their fine-tuning time up to 1000×.", "Fine-tuning time=1000×")]
    [InlineData("ZorbKV reduces the memory overhead of the quux cache by 80% while keeping its output.", "Memory overhead=80%")]
    [InlineData("ZorbGen significantly improves stability by 10-100x.", "Stability=10-100x")]
    [InlineData("ZorbFed reduces communication rounds by up to 64.4%, 27.8%, and 66.7%.", "Communication rounds=27.8%|Communication rounds=64.4%|Communication rounds=66.7%")]
    [InlineData("ZorbCoT improves responses by up to 45% in quux score when compared to direct tuning.", "Quux score=45%")]
    [InlineData("Compared with DPR, ZorbPR reduces the zorblat cost from 65GB to 2GB.", "Zorblat cost=2GB|Zorblat cost=65GB")]
    [InlineData("ZorbLTD can save about 33.3% zorblat compute cost and 25.6% wall-clock training time.", "Wall-clock training time=25.6%|Zorblat compute cost=33.3%")]
    [InlineData("We train ZorbNet with 0.001 learning rate and 0.3 dropout rate.", "")]
    [InlineData("Legion improves the same scores by 143.4%.", "")]
    [InlineData("ZorbAug improves ResNet by 2.4% on the benchmark.", "")]
    [InlineData("ZorbAug boosts performance by 5% in most settings.", "")]
    public void Results_QuantityChangedInTheAuthorsWords_IsAResult(string text, string rows)
    {
        Assert.Equal(rows.Split('|', StringSplitOptions.RemoveEmptyEntries), ResultRows(text));
        // the metric's mention is the words that name it, not the figure
        Assert.All(TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "A Study", text), m => Assert.DoesNotContain(m.Surface, char.IsDigit));
    }

    // a figure's quantity: a bracketed whole number with its bound and unit after a metric; the next dataset's figures
    // after "and on"; a quantity before a change noun; a bare change after a result is its margin; not a number inside a
    // dataset's name
    [Theory]
    [InlineData("ZorbRF achieves even a smaller model size (<4 MB) compared to NeRF.", "Model Size=<4 MB")]
    [InlineData("The loop increases accuracy on MedQA from 80.00% to 83.33% and on PubMedQA from 69.10% to 79.82%.",
        "Accuracy=69.10%@PubMedQA|Accuracy=79.82%@PubMedQA|Accuracy=80.00%@MedQA|Accuracy=83.33%@MedQA")]
    [InlineData("ZorbASR achieves a 73.6% relative zorblat error rate reduction.", "Zorblat error rate=73.6%")]
    [InlineData("ZorbPRM achieves a 69.4% success rate on MATH, a 36% relative improvement over the base model.", "Success Rate=36%@MATH|Success Rate=69.4%@MATH")]
    [InlineData("ZorbPRM achieves a 69.4% success rate on MATH and a 36% reduction in zorblats.", "Success Rate=69.4%@MATH")]
    [InlineData("ZorbGen achieves an FID of 3.55 on CIFAR-10 and 6.20 on ImageNet 64x64.", "Fréchet Inception Distance=3.55@CIFAR-10|Fréchet Inception Distance=6.20@ImageNet 64x64")]
    [InlineData("ZorbCoder achieves new state-of-the-art (pass@1) results (HumanEval 93.9%, MBPP 83.1%, and APPS 22.0%).", "Pass@k=22.0%@APPS|Pass@k=83.1%@MBPP|Pass@k=93.9%@HumanEval")]
    public void Results_QuantityOfAFigure_IsReadFromItsPlaceInTheSentence(string text, string rows) =>
        Assert.Equal(rows.Split('|', StringSplitOptions.RemoveEmptyEntries), ResultRows(text));

    // a result whose sentence names no dataset is on the paper's one benchmark: the one it releases, else the only one
    // it names; with two, on none
    [Theory]
    [InlineData("We introduce ZorbBench, a new benchmark of 14 perception tasks. GPT-4V reaches only 51.26% accuracy.", "Accuracy=51.26%@ZorbBench")]
    [InlineData("We evaluate ZorbNet on CIFAR-10 images. Our model reaches 95.1% accuracy.", "Accuracy=95.1%@CIFAR-10")]
    [InlineData("We evaluate ZorbNet on CIFAR-10 and SVHN. Our model reaches 95.1% accuracy.", "Accuracy=95.1%")]
    public void Results_NoDatasetInTheSentence_IsOnThePapersOneBenchmark(string text, string rows) =>
        Assert.Equal(rows.Split('|', StringSplitOptions.RemoveEmptyEntries), ResultRows(text));

    // a range in words is one value when only its upper end carries the factor; a change "from … to …" is not a range
    [Theory]
    [InlineData("ZorbNet is 13 to 140 times smaller than the compared models.", "Model Size=13 to 140 times")]
    [InlineData("ZorbTrack improves IDF1 by 1 to 10 points.", "IDF1=1 to 10 points")]
    [InlineData("ZorbNet improves mIoU from 64.8 to 70.1.", "Mean IoU=64.8|Mean IoU=70.1")]
    public void Results_RangeInWords_IsOneValue(string text, string rows) =>
        Assert.Equal(rows.Split('|', StringSplitOptions.RemoveEmptyEntries), ResultRows(text));

    // a measured likeness names what it is measured against; "such as" and a likeness of setup do not
    [Theory]
    [InlineData("Our best model obtains similar performance on ImageNet as EfficientNet while being 38x faster.", "EfficientNet")]
    [InlineData("AlphaNet reaches the same accuracy as ResNet-50 with half the FLOPs.", "ResNet-50")]
    [InlineData("AlphaNet uses the same backbone as ResNet-50.", "")]
    [InlineData("Detectors such as YOLO are fast.", "")]
    public void Baselines_MeasuredLikeness_NamesTheBaseline(string text, string baseline) =>
        Assert.Equal(baseline.Split('|', StringSplitOptions.RemoveEmptyEntries), Baselines("AlphaNet: Fast Nets", text));

    // the dataset of the number's own clause, though the one before is nearer
    [Fact]
    public void Results_DatasetOfTheNumbersOwnClause_WinsOverANearerOneBeforeAnd()
    {
        Assert.Equal(["Mean IoU=74.7%@CamVid", "Mean IoU=77.4%@Cityscapes"],
            ResultRows("ZorbNet yields 77.4% mIoU on Cityscapes test set and 74.7% mIoU at high speed on CamVid test set."));
    }

    // who scored: a variant written onto the paper's method, the method a pronoun subject stands for; not the models
    // it is compared with or measured of
    [Theory]
    [InlineData("The proposed zorblat networks (ZorbNets) are fast. ZorbNet-23-slim yields 77.4% mIoU on Cityscapes.", "77.4%", "ZorbNet-23-slim")]
    [InlineData("We propose ZorbGen. We show that they outperform distillation techniques for diffusion models, achieving an FID of 3.55 on CIFAR-10.", "3.55", "ZorbGen")]
    [InlineData("We propose ZorbRAG. Overall, it improves the accuracy of six different LLMs by up to 18%.", "18%", "ZorbRAG")]
    [InlineData("We propose ZorbOne. Our best model obtains similar accuracy on ImageNet as MobileNet while being 38x faster.", "38x", "ZorbOne")]
    [InlineData("We propose ZorbGAN. We also propose the Zorb Fusion Block, a new module. Our model outperforms the state of the art with an FID of 3.86.", "3.86", "ZorbGAN")]
    [InlineData("We propose ZorbGAN for inpainting. We also propose ZorbFuse, a new fusion module. Results are achieved, e.g. 33.69 dB PSNR on GoPro.", "33.69 dB", null)]
    public void Results_Owner_IsWhoScoredNotWhatItIsComparedWith(string text, string value, string? method)
    {
        var result = Assert.Single(Results("A Study", text), r => r.Properties["value"] == value);

        Assert.Equal(method, result.Properties.GetValueOrDefault("method"));
    }

    // a range spaced evenly around its dash or tilde is one value; a range is a result when its upper end is
    [Theory]
    [InlineData("ZorbQA outperforms the baseline with a margin ranging from 0.041 - 0.113 in precision.", "Precision=0.041 - 0.113")]
    [InlineData("Our method outperforms the previous strong baseline by a large margin of +3 ~ 7 F1 scores.", "F1 Score=+3 ~ 7")]
    public void Results_SpacedRange_IsOneValue(string text, string row) =>
        Assert.Equal([row], ResultRows(text));

    // a family written in title case among named models is the model of that name, not in a title; "improves upon" compares
    [Theory]
    [InlineData("AlphaNet: Fast Nets", "We compare AlphaNet with recent methods including GLIDE, Latent Diffusion Models and DALL-E 2.", "DALL-E 2|GLIDE|Latent Diffusion Models")]
    [InlineData("AlphaNet: Fast Nets", "AlphaNet outperforms latent diffusion models and GLIDE.", "GLIDE")]
    [InlineData("Attacks against Latent Diffusion Models", "We study AlphaNet.", "")]
    [InlineData("AlphaNet: Fast Nets", "AlphaNet matches or improves upon the state-of-the-art wav2vec 2.0 performance on LibriSpeech.", "wav2vec 2.0")]
    [InlineData("AlphaNet: Improve Upon Your Teachers", "We study AlphaNet.", "")]
    [InlineData("AlphaNet: Fast Nets", "AlphaNet builds upon wav2vec 2.0.", "")]
    public void Baselines_TitleCaseFamilyOrImprovedUpon_IsABaseline(string title, string text, string baselines) =>
        Assert.Equal(baselines.Split('|', StringSplitOptions.RemoveEmptyEntries), Baselines(title, text));

    // two names joined by a slash are two baselines; a device after "on" is no dataset; of two of the paper's own
    // variants, the one named last before the number scored it
    [Fact]
    public void Baselines_SlashJoinedNames_AreTwoBaselines() =>
        Assert.Equal(["EfficientNet", "MobileNet"], Baselines("AlphaNet: Fast Nets", "AlphaNet outperforms MobileNet/EfficientNet on phones."));

    [Fact]
    public void Results_OnADevice_IsNoDatasetAndTheLastVariantScored()
    {
        var links = TestLinker.Instance.Link("ZorbDet: Real-time Detection",
            "We propose ZorbDet. Our ZorbDet-L achieves 53.0% AP on COCO and 114 FPS on T4 GPU, while ZorbDet-X achieves 54.8% AP and 74 FPS.");

        Assert.DoesNotContain(links, l => l.Label == NodeLabel.Dataset && l.Name == "T4");
        var result = Assert.Single(links, l => l.Label == NodeLabel.Result && l.Properties["value"] == "54.8%");
        Assert.Equal("ZorbDet-X", result.Properties["method"]);
    }

    // efficiency figures: fewer (trainable) parameters, function evaluations of a sampler
    [Theory]
    [InlineData("ZorbVL outperforms the baseline by 8.7% with 54x fewer trainable parameters.", "Parameter Count=54x")]
    [InlineData("ZorbGen reaches an FID of 2.5 with only 4 NFEs.", "Fréchet Inception Distance=2.5|Number of Function Evaluations=4")]
    public void Results_EfficiencyFigure_IsAResult(string text, string rows) =>
        Assert.Equal(rows.Split('|'), ResultRows(text));

    // a singular CamelCase name of a family's entry ("NeRF") names one baseline; its plural names the family
    [Fact]
    public void Baselines_SingularCamelCaseFamilyName_IsABaseline() =>
        Assert.Equal(["Instant-NGP", "NeRF"], Baselines("EtaNet: Rendering", "EtaNet outperforms NeRF and Instant-NGP in rendering quality."));

    // a baseline described by its kind, right where the comparison opens; a qualified family the vocabulary knows stays
    // the family
    [Theory]
    [InlineData("On WikiMIA, sampling never beats a blind baseline.", "blind baseline")]
    [InlineData("ZorbMT outperforms a standard zorblat translation system on Spanish-French.", "standard zorblat translation system")]
    [InlineData("ZorbGen outperforms standard diffusion models on CIFAR-10.", "diffusion models")]
    public void Baselines_DescribedByItsKind_IsABaseline(string text, string surface) =>
        Assert.Equal([surface], Baselines("A Study", text));
}

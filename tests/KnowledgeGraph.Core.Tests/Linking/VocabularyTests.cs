using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

public class VocabularyTests
{
    [Fact]
    public void Load_ShippedFolder_HasEveryKind()
    {
        var counts = TestLinker.Instance.Vocabulary.CountByKind();

        Assert.All([NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Task, NodeLabel.Metric, NodeLabel.Concept], k => Assert.True(counts.GetValueOrDefault(k) > 20, k.ToString()));
    }

    // a name written into two curated entries links to whichever loads first, and the other entry silently loses it
    [Fact]
    public void Curated_EveryNameBelongsToOneEntry()
    {
        var entries = VocabularyLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "vocabulary", "curated.tsv")).ToList();

        var shared = entries
            .SelectMany(e => e.Aliases.Append(e.Canonical).Distinct(StringComparer.Ordinal).Select(name => (name, e.Canonical)))
            .GroupBy(x => x.name, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Canonical).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(x => x.Canonical)))
            .ToList();

        Assert.True(entries.Count > 500);
        Assert.Empty(shared);
    }

    // learning paradigms, AI assistants and the modelling methods of applied papers are methods, never tasks
    [Theory]
    [InlineData("The zorblat policy is trained by reinforcement learning.", "Reinforcement Learning")]
    [InlineData("The zorblat policy is trained with deep RL.", "Reinforcement Learning")]
    [InlineData("The zorblat classifier is trained by supervised learning.", "Supervised Learning")]
    [InlineData("The zorblat classifier is trained by federated learning across hospitals.", "Federated Learning")]
    [InlineData("We asked Siri and Google Assistant about zorblats.", "Siri")]
    [InlineData("Zorblat risks are modeled with fuzzy cognitive maps.", "Fuzzy Cognitive Map")]
    [InlineData("We fit pairwise maximum entropy Ising models to zorblat scans.", "Ising Model")]
    [InlineData("Actions are refined by receding horizon control over zorblat states.", "Model Predictive Control")]
    [InlineData("Zorblat labels are bootstrapped by self-training on unlabeled clips.", "Self-Training")]
    [InlineData("Neural machine translation (NMT) of zorblat manuals needs parallel data.", "Neural Machine Translation")]
    [InlineData("Zorblat meshes are optimized with score distillation from a 2D diffusion model.", "Score Distillation Sampling")]
    [InlineData("Zorblat answers are elicited with chain-of-thought (CoT) prompting.", "Chain-of-Thought Prompting")]
    // the GitHub-README annotators label learning paradigms a paper trains with as methods, as reinforcement learning is
    [InlineData("Zorblat encoders are pre-trained by self-supervised learning on unlabeled scans.", "Self-Supervised Learning")]
    [InlineData("Zorblat embeddings are learned by contrastive learning.", "Contrastive Learning")]
    [InlineData("A DRL agent controls the zorblat arm.", "Reinforcement Learning")]
    [InlineData("The zorblat arm is trained by imitation learning from teleoperated demonstrations.", "Imitation Learning")]
    [InlineData("Zorblat encoders are pre-trained by masked image modeling.", "Masked Image Modeling")]
    public void Link_VocabularyMethod_IsAMethodNotATask(string sentence, string method)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", sentence);

        Assert.Contains(links, l => l.Label == NodeLabel.Method && l.Name == method);
        Assert.DoesNotContain(links, l => l.Label == NodeLabel.Task && l.Name == method);
    }

    // the spellings papers use for the commonest benchmarks; "CNN/DailyMail" is a corpus, not a convolutional network,
    // and "Natural Questions" is a dataset although Papers with Code files it under tasks
    [Theory]
    [InlineData("CNN/DailyMail", "CNN/Daily Mail")]
    [InlineData("CNN/DM", "CNN/Daily Mail")]
    [InlineData("XSUM", "XSum")]
    [InlineData("Natural Questions", "Natural Questions")]
    [InlineData("VQAv2", "VQA v2")]
    [InlineData("Oxford Flowers", "Oxford Flowers-102")]
    [InlineData("Open Images", "Open Images")]
    [InlineData("Common Crawl", "Common Crawl")]
    [InlineData("Chatbot Arena", "Chatbot Arena")]
    [InlineData("the Pile", "The Pile")]
    [InlineData("Waymo", "Waymo Open Dataset")]
    [InlineData("CIFAR-10-C", "CIFAR-10-C")]
    [InlineData("Amazon Beauty", "Amazon Beauty")]
    [InlineData("Amazon reviews", "Amazon Reviews")]
    [InlineData("BraTS 2021", "BraTS")]
    public void Link_CommonBenchmarkSpelling_IsThatDatasetOnly(string surface, string dataset)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", $"We evaluate the zorblat model on the {surface} benchmark.");

        Assert.Contains(links, l => l.Label == NodeLabel.Dataset && l.Name == dataset && l.Surface == surface);
        Assert.DoesNotContain(links, l => l.Label != NodeLabel.Dataset);
    }

    // models and training methods newer than the 2022 Papers with Code dump, under the names papers give them
    [Theory]
    [InlineData("Gemma 2", "Gemma", "Large Language Model")]
    [InlineData("LLaVA-1.5", "LLaVA", "Vision-Language Model")]
    [InlineData("RLHF", "Reinforcement Learning from Human Feedback", "Reinforcement Learning")]
    [InlineData("direct preference optimization", "Direct Preference Optimization", null)]
    [InlineData("QLoRA", "QLoRA", "Low-Rank Adaptation")]
    [InlineData("DDIM", "DDIM", "Diffusion Model")]
    [InlineData("FlashAttention-2", "FlashAttention", null)]
    [InlineData("t-SNE", "t-SNE", null)]
    [InlineData("CTC", "Connectionist Temporal Classification", null)]
    [InlineData("FedAvg", "FedAvg", "Federated Learning")]
    [InlineData("Integrated Gradients", "Integrated Gradients", null)]
    [InlineData("Grad-CAM", "Grad-CAM", null)]
    public void Link_RecentModelOrTrainingMethod_IsAMethodWithItsFamily(string surface, string method, string? parent)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", $"Our approach builds on {surface} for zorblats.");

        var link = Assert.Single(links, l => l.Label == NodeLabel.Method);
        Assert.Equal(method, link.Name);
        Assert.Equal(surface, link.Surface);
        Assert.Equal(parent, link.Properties.GetValueOrDefault("parent"));
    }

    // metrics of generative models, imbalanced classification, calibration and pose estimation, tied to their number
    [Theory]
    [InlineData("ELBO", "Evidence Lower Bound")]
    [InlineData("G-mean", "G-Mean")]
    [InlineData("Brier score", "Brier Score")]
    [InlineData("PCKh", "PCK")]
    [InlineData("MPJPE", "MPJPE")]
    [InlineData("nDCG", "NDCG")]
    public void Link_MetricWithANumber_IsThatMetricsResult(string surface, string metric)
    {
        var results = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Zorblat Study", $"Our zorblat model achieves a {surface} of 85.3 on the test set.");

        Assert.Equal(metric + "=85.3", Assert.Single(results).Properties["metric"] + "=" + results[0].Properties["value"]);
    }

    // the failure modes and training practices papers discuss are concepts, never methods or tasks
    [Theory]
    [InlineData("hallucinations", "Hallucination")]
    [InlineData("mode collapse", "Mode Collapse")]
    [InlineData("posterior collapse", "Posterior Collapse")]
    [InlineData("reward hacking", "Reward Hacking")]
    [InlineData("noisy labels", "Label Noise")]
    [InlineData("gradient checkpointing", "Gradient Checkpointing")]
    public void Link_FailureModeOrPractice_IsAConcept(string surface, string concept)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", $"We study {surface} in zorblat models.");

        Assert.Equal(concept, Assert.Single(links).Name);
        Assert.Equal(NodeLabel.Concept, links[0].Label);
    }

    // a size or release written onto a model's name is still that model (unlike "AP" in "AP-BWE", another name)
    [Theory]
    [InlineData("BERT-base", "BERT")]
    [InlineData("T5-large", "T5")]
    [InlineData("Llama-2-Chat", "LLaMA")]
    [InlineData("Mistral-Instruct", "Mistral")]
    [InlineData("GPT-4-turbo", "GPT-4")]
    [InlineData("Gemini-Pro", "Gemini")]
    public void Link_ModelWithASizeOrReleaseSuffix_IsThatModel(string surface, string method)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", $"We fine-tune {surface} on zorblats.");

        Assert.Contains(links, l => l.Label == NodeLabel.Method && l.Name == method);
    }

    [Fact]
    public void Link_FamilyNameWithAVersionTheVocabularyKnows_IsThatModelNotTheFamily()
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", "The study employs the Generative Pre-trained Transformer 3 to write zorblat fiction.");

        Assert.Contains(links, l => l.Label == NodeLabel.Method && l.Name == "GPT-3" && l.Surface == "Generative Pre-trained Transformer 3");
        Assert.DoesNotContain(links, l => l.Label == NodeLabel.Method && l.Name == "GPT");
    }

    [Theory]
    [InlineData("We store the zorblat facts in a knowledge graph.")]
    [InlineData("Zorblat sensors help autonomous vehicles with decision making.")]
    [InlineData("We deploy a privacy-preserving AI agent for zorblats.")]
    [InlineData("Zorblat maps matter for autonomous driving.")]
    // settings and what a model knows are concepts (the GitHub-README dev labels: 12 of 14)
    [InlineData("Zorblat models are strong few-shot learners with broad world knowledge.")]
    [InlineData("A zorblat loss improves cross-modal alignment.")]
    [InlineData("Zorblat models need no prompt engineering and beat the current SOTA.")]
    public void Link_ThingsAndAreasPapersWithCodeListsAsTasks_AreNoTasks(string sentence)
    {
        var links = TestLinker.Instance.Link("A Zorblat Study", sentence);

        Assert.DoesNotContain(links, l => l.Label == NodeLabel.Task);
    }

    // a dimension prefix is part of a task's name; the data it is done on (point clouds, time series) is not a task
    [Theory]
    [InlineData("We address 3D object detection from LiDAR point clouds.", "3D Object Detection")]
    [InlineData("We study 3D human pose estimation from monocular video.", "3D Human Pose Estimation")]
    [InlineData("We address anomaly detection in multivariate time series.", "Anomaly Detection")]
    [InlineData("We study zero-resource hallucination detection for chat models.", "Hallucination Detection")]
    [InlineData("We study text-to-3D generation with zorblat priors.", "Text-to-3D Generation")]
    [InlineData("We audit zorblat models with membership inference attacks.", "Membership Inference")]
    // a dimension or a glued word before a listed task makes a more specific one; 2D is the default, an acronym a name
    [InlineData("Zorblat features improve 3D scene segmentation.", "3D scene segmentation")]
    [InlineData("We study multi-sensor fusion for zorblat robots.", "Multi-sensor fusion")]
    [InlineData("We expand a tiny 2D image classification architecture.", "Image Classification")]
    // spellings the Papers with Code names miss: a closed compound, a short form, an unqualified name
    [InlineData("Zorblat models improve multilingual commonsense reasoning.", "Common Sense Reasoning")]
    [InlineData("Zorblat models set the state of the art on open domain QA.", "Open-domain Question Answering")]
    [InlineData("We study direct speech translation for zorblat languages.", "Speech Translation")]
    [InlineData("Zorblat prompting helps models on math word problems.", "Math Word Problem Solving")]
    [InlineData("We evaluate zorblat models on competitive coding.", "Competitive Programming")]
    [InlineData("Zorblat caching speeds up long-context reasoning.", "Long-Context Reasoning")]
    [InlineData("Zorblat adapters personalize text-to-image models.", "Text-to-Image Generation")]
    [InlineData("Zorblat voxels serve outdoor 3D perception.", "3D Perception")]
    [InlineData("Zorblat retrieval helps knowledge-intensive NLP tasks.", "Knowledge-Intensive Tasks")]
    public void Link_TaskWithADimensionPrefix_IsThatTaskNotItsData(string sentence, string task)
    {
        var tasks = TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "A Zorblat Study", sentence);

        Assert.Equal([task], tasks.Select(l => l.Name));
    }

    [Fact]
    public void Link_UserVocabularyFile_AddsEntityWithoutRecompiling()
    {
        var folder = Directory.CreateTempSubdirectory("kg-vocab-");
        try
        {
            var file = Path.Combine(folder.FullName, "mine.tsv");
            File.WriteAllText(file, "# my lab's models\nQuuxNet\tmethod\tConvolutional Neural Network\tQuux-Net|quux network\n");
            var options = new LinkerOptions();
            options.UserVocabularyPaths.Add(file);

            var linker = PaperLinker.Create(options);
            var links = linker.Link("A paper", "We build on the quux network for segmentation.");

            var link = Assert.Single(links, l => l.Name == "QuuxNet");
            Assert.Equal(RelationshipType.Uses, link.Type);
            Assert.Equal("Convolutional Neural Network", link.Properties["parent"]);
            Assert.False(link.Discovered);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ParseJson_Entries_ReadsAliasesAndParent()
    {
        var entries = VocabularyLoader.ParseJson("""[{"canonical":"Foo","kind":"dataset","aliases":["FOO-1k"],"parent":"Bar"}]""", "test.json").ToList();

        var entry = Assert.Single(entries);
        Assert.Equal(NodeLabel.Dataset, entry.Kind);
        Assert.Equal(["FOO-1k"], entry.Aliases);
        Assert.Equal("Bar", entry.Parent);
    }

    [Fact]
    public void Match_Acronym_IsCaseSensitive()
    {
        var linker = TestLinker.Instance;

        Assert.Contains(linker.Link("", "We compare with CLIP and ALIGN."), l => l.Name == "ALIGN");
        Assert.DoesNotContain(linker.Link("", "We align the features and clip the gradients."), l => l.Name is "ALIGN" or "CLIP");
    }

    // "NDCG" and "nDCG" are two exact spellings of one metric: each matches, and text both accept is one mention
    [Theory]
    [InlineData("We report NDCG on the zorblat catalogue.", "NDCG", "NDCG")]
    [InlineData("We report nDCG on the zorblat catalogue.", "NDCG", "nDCG")]
    [InlineData("We report ROUGE-L on XSUM for the zorblat summaries.", "XSum", "XSUM")]
    public void Match_TwoExactSpellingsOfOneName_EachMatchesOnce(string sentence, string name, string surface)
    {
        var mentions = TestLinker.Instance.Link("A Zorblat Study", sentence).Where(l => l.Name == name && l.Type != RelationshipType.Reports).ToList();

        Assert.Equal(surface, Assert.Single(mentions).Surface);
        Assert.Equal(1, TestLinker.Instance.VocabularyPass("", surface));
    }

    [Fact]
    public void Match_MixedCaseNameWrittenInCapitals_IsThatName()
    {
        var matcher = new AliasMatcher();
        matcher.Add("ZorbGLUE", new VocabularyEntry { Canonical = "ZorbGLUE", Kind = NodeLabel.Dataset });
        matcher.Add("ZoT", new VocabularyEntry { Canonical = "ZoT", Kind = NodeLabel.Method });
        matcher.Freeze();

        Assert.Equal(["ZorbGLUE"], Matches(matcher, "Results on ZORBGLUE improve."));
        Assert.Empty(Matches(matcher, "Results on zorbglue improve."));
        // a short acronym keeps its exact case
        Assert.Empty(Matches(matcher, "We use ZOT here."));
    }

    [Fact]
    public void Match_VersionLetterInEitherCase_IsThatNameButNoOtherLetterIs()
    {
        var matcher = new AliasMatcher();
        matcher.Add("ZorbLabv3", new VocabularyEntry { Canonical = "ZorbLabv3", Kind = NodeLabel.Method });
        matcher.Add("ZorbNetV2", new VocabularyEntry { Canonical = "ZorbNetV2", Kind = NodeLabel.Method });
        matcher.Freeze();

        Assert.Equal(["ZorbLabv3"], Matches(matcher, "We apply ZorbLabV3 to the scans."));
        Assert.Equal(["ZorbNetV2"], Matches(matcher, "We apply ZorbNetv2 to the scans."));
        Assert.Empty(Matches(matcher, "We apply ZorbLABv3 to the scans."));
        Assert.Empty(Matches(matcher, "We apply Zorblabv3 to the scans."));
    }

    [Fact]
    public void Match_DatasetNameWrittenWithOnlyItsFirstCapital_IsThatDatasetButNoModelIs()
    {
        var matcher = new AliasMatcher();
        matcher.Add("ZorbSpeech", new VocabularyEntry { Canonical = "ZorbSpeech", Kind = NodeLabel.Dataset });
        matcher.Add("QUUXSET Context", new VocabularyEntry { Canonical = "QUUXSET Context", Kind = NodeLabel.Dataset });
        matcher.Add("ZorbSim", new VocabularyEntry { Canonical = "ZorbSim", Kind = NodeLabel.Method });
        matcher.Add("ZoSet", new VocabularyEntry { Canonical = "ZoSet", Kind = NodeLabel.Dataset });
        matcher.Freeze();

        Assert.Equal(["ZorbSpeech"], Matches(matcher, "We pre-train on Zorbspeech audio."));
        Assert.Equal(["QUUXSET Context"], Matches(matcher, "We evaluate on Quuxset Context."));
        Assert.Empty(Matches(matcher, "We run Zorbsim Gym tasks."));
        // short names keep their case
        Assert.Empty(Matches(matcher, "We evaluate on Zoset."));
    }

    [Fact]
    public void Match_CapitalizedDatasetNameInATitleInCapitals_IsNotThatDataset()
    {
        // a dataset of capitalized words must match them exactly: a title in capitals does not name it
        var matcher = new AliasMatcher();
        matcher.Add("Frobnic Corpus", new VocabularyEntry { Canonical = "Frobnic Corpus", Kind = NodeLabel.Dataset });
        matcher.Freeze();

        Assert.Equal(["Frobnic Corpus"], Matches(matcher, "We evaluate on Frobnic Corpus."));
        Assert.Empty(Matches(matcher, "A FROBNIC CORPUS FOR GRAPHS"));
    }

    private static List<string> Matches(AliasMatcher matcher, string text)
    {
        var mentions = new List<VocabularyMention>();
        var tokens = KnowledgeGraph.Core.Linking.Text.Tokenizer.TokenizeToArray(text);
        matcher.Match(text, text.ToLowerInvariant(), tokens, 0, tokens.Length, mentions);
        return [.. mentions.Select(m => m.Entry.Canonical)];
    }

    [Fact]
    public void Match_TwentyThousandFirstWords_EachStillFoundPastTheFirstWordFilter()
    {
        // far more first words than the shipped vocabulary has, so the filter's bits collide: a collision may only let
        // a word through to the dictionary, never turn a real first word away
        var matcher = new AliasMatcher();
        var words = Enumerable.Range(0, 20_000).Select(i => "zq" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "word").ToList();
        foreach (var w in words) matcher.Add(w + " task", new VocabularyEntry { Canonical = w, Kind = NodeLabel.Task });
        matcher.Freeze();

        var missed = words.Where(w =>
        {
            var text = "we study " + w + " task here";
            var mentions = new List<VocabularyMention>();
            var tokens = KnowledgeGraph.Core.Linking.Text.Tokenizer.TokenizeToArray(text);
            matcher.Match(text, text.ToLowerInvariant(), tokens, 0, tokens.Length, mentions);
            return !mentions.Any(m => m.Entry.Canonical == w);
        }).ToList();

        Assert.Empty(missed);
    }
}

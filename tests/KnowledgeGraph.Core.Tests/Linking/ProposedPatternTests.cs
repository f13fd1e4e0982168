using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Sentences in the phrasing abstracts use to name their own methods (the names are made up): each pins one general rule.
public class ProposedPatternTests
{
    private static List<string> Proposed(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method, title, text).Select(l => l.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("We release ZorbBench, a benchmark for long-context reasoning.", "ZorbBench")]
    [InlineData("Here we describe ZorbSeg, our segmentation system.", "ZorbSeg")]
    [InlineData("We construct ZorbQA, a question answering corpus of 10K items.", "ZorbQA")]
    [InlineData("Our framework, ZorbRL, learns policies from offline data.", "ZorbRL")]
    [InlineData("Our model, BERT, is fine-tuned on zorblats; our approach, however, needs no labels.", "")]
    public void Proposed_NameAfterReleaseDescribeConstructOrOurKindOfThing_IsTheContribution(string sentence, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed("A study", sentence));

    // the paper that introduced a model the vocabulary knows names it in its own voice: set off after the verb or after
    // its kind, or given by a naming word after a verb that creates; naming what the paper uses is no contribution
    [Theory]
    [InlineData("To remedy this, we propose, BigBird, a sparse attention mechanism.", "BigBird")]
    [InlineData("Thus, we derive a Nonlinear Activation Free Network, namely NAFNet, from the baseline.", "NAFNet")]
    [InlineData("Our framework, CenterPoint, first detects centers of objects.", "CenterPoint")]
    [InlineData("We use a model called BERT to encode the zorblat text.", "")]
    [InlineData("We fine-tune a pretrained network, namely ResNet, on the zorblat images.", "")]
    [InlineData("We introduce Mamba, a selective state space model for long sequences.", "Mamba")]
    [InlineData("We present a simple detection network structure, DETR, to predict boxes as a set.", "DETR")]
    [InlineData("Our detector, YOLO, frames detection as regression.", "YOLO")]
    [InlineData("We use Mamba, a selective state space model, as the encoder.", "")]
    [InlineData("We introduce LLaVA: Large Language and Vision Assistant, an end-to-end trained model.", "LLaVA")]
    [InlineData("To this end, we present DeepSpeed Zorb Efficiency, a framework that makes better use of data.", "DeepSpeed Zorb Efficiency")]
    [InlineData("We propose a novel knowledge distillation objective ZorbLoss by perturbing the KL loss.", "ZorbLoss")]
    [InlineData("We present results with a convolutional network, ResNet, and a transformer.", "")]
    public void Proposed_KnownModelNamedInThePapersVoice_IsTheContribution(string sentence, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed("A study", sentence));

    // a part the paper defines in title case is its own; a field in capitals, or the part of another model, is not
    [Theory]
    [InlineData("We propose ZorbNet for forecasting. ZorbNet processes them through the Cross-Timestep Fusion (CTF) and Cross-Variate Fusion (CVF) modules.", "CTF|CVF|ZorbNet")]
    [InlineData("We propose ZorbNet for diagnosis. Deep Learning (DL) and Natural Language Processing (NLP) are widely used.", "ZorbNet")]
    [InlineData("We propose ZorbNet. We design a simple strategy for the Cross-Scan Module (CSM) of the encoder.", "ZorbNet")]
    public void Proposed_PartDefinedInTitleCase_IsTheContributions(string text, string names) =>
        Assert.Equal(names.Split('|'), Proposed("A study", text));

    [Fact]
    public void Proposed_KnownBenchmarkSetOffAsANewBenchmark_IsTheContributionAndData()
    {
        const string text = "For this purpose, we introduce MultiQ, a new silver standard benchmark for open-ended question answering.";

        Assert.Equal(["MultiQ"], Proposed("Evaluating Multilingual Capabilities", text));
        Assert.Contains(TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "Evaluating Multilingual Capabilities", text), l => l.Name == "MultiQ");
    }

    // a name made an adjective by a modifier suffix describes the contribution by another thing
    [Theory]
    [InlineData("We construct ImageNet-style splits for evaluation.")]
    [InlineData("We propose BERT-style pretraining for graphs.")]
    [InlineData("We design Transformer-like blocks for speech.")]
    [InlineData("We develop CLIP-based filters for web data.")]
    [InlineData("We release our code and data on GitHub.")]
    public void Proposed_NameWithAModifierSuffix_IsNoContribution(string sentence) =>
        Assert.Empty(Proposed("A study", sentence));

    [Fact]
    public void Proposed_TitleCaseNameSetOffAfterAnObjective_IsTheContribution()
    {
        var proposed = Proposed("A study", "We propose a novel pre-training objective, Zorbic Frobnic Mixing, to pre-train the encoder.");

        Assert.Contains("Zorbic Frobnic Mixing", proposed);
    }

    [Fact]
    public void Proposed_NameAfterAHyphenatedModifierAndItsHeadNoun_IsFound()
    {
        var proposed = Proposed("A study", "We introduce a light-weight framework, ZorbNet, for graph learning.");

        Assert.Contains("ZorbNet", proposed);
    }

    [Fact]
    public void Proposed_TitleCaseRunTheVocabularyKnows_IsNotTheContribution()
    {
        var proposed = Proposed("A study", "We propose a new training strategy, Knowledge Distillation, to shrink the encoder.");

        Assert.DoesNotContain("Knowledge Distillation", proposed);
    }

    [Fact]
    public void Proposed_NamedLongFormWithAcronym_KeepsTheWholeLongForm()
    {
        var links = TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method, "Learning on sets",
            "In this work we develop a new method, named Multi-set Rotation Invariant Pooling Networks (MRIPN), for point sets.");

        var link = Assert.Single(links);
        Assert.Equal("MRIPN", link.Name);
        Assert.Equal("Multi-set Rotation Invariant Pooling Networks", link.Properties["fullName"]);
    }

    [Fact]
    public void Proposed_CoordinatedAcronymDefinitions_AreBothProposed()
    {
        var names = Proposed("Flexible mixers",
            "We design Sparse Graph Mixer (SGM) and Dense Graph Mixer (DGM) architectures and test them on vision and speech tasks.");

        Assert.Equal(["DGM", "SGM"], names);
    }

    [Fact]
    public void Proposed_ColonListAfterTheVerb_NamesEachItem()
    {
        var names = Proposed("Long audio generation",
            "Specifically, we propose two mechanisms: Segment relay and Twin-window attention.");

        Assert.Equal(["Segment relay", "Twin-window attention"], names);
    }

    [Fact]
    public void Proposed_ColonListOfKnownMethods_IsNotProposed()
    {
        var names = Proposed("A study", "We present three baselines: ResNet, LSTM and Transformer.");

        Assert.Empty(names);
    }

    [Fact]
    public void Proposed_OurCapitalizedMultiWordName_IsProposed()
    {
        var names = Proposed("Fast streaming diffusion", "Our Token Relay achieves a 1.5x speedup over sequential denoising.");

        Assert.Equal(["Token Relay"], names);
    }

    [Fact]
    public void Proposed_AcronymWithAVersionNumber_IsDefinedByItsLongForm()
    {
        var links = TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method, "Sequence mixers",
            "We introduce Spectral Gated Mixer (SGM3), a sequence layer for long inputs.");

        var link = Assert.Single(links);
        Assert.Equal("SGM3", link.Name);
        Assert.Equal("Spectral Gated Mixer", link.Properties["fullName"]);
    }

    [Fact]
    public void Proposed_CoordinatedDefinitionFarFromTheVerb_IsStillProposed()
    {
        var names = Proposed("Union of routers",
            "We design the architecture of the RouterNet model, including Sparse Multi-Head Routing (SMHR) and Union-of-Linear-Experts (UoLE).");

        Assert.Contains("UoLE", names);
        Assert.Contains("SMHR", names);
    }

    [Theory]
    [InlineData("This work proposes a novel approach based on machine learning (ML) to score zorblat traffic.")]
    [InlineData("We present a tracker using optical flow (OF) between consecutive zorblat frames.")]
    public void Proposed_LowerCaseLongFormAfterAUseWord_IsUsedNotProposed(string sentence) =>
        Assert.Empty(Proposed("Zorblat scoring", sentence));

    [Fact]
    public void Proposed_CapitalizedLongFormAfterBasedOn_IsTheContribution()
    {
        var names = Proposed("Edge learning",
            "We propose a novel edge learning framework based on Zorblat Hypergraph Transformation (ZHT), which turns edges into nodes.");

        Assert.Equal(["ZHT"], names);
    }

    [Fact]
    public void Proposed_HyphenatedWordInsideAMultiWordName_KeepsTheWholeName()
    {
        var links = TestLinker.Instance.Link("A study", "We propose a model termed Dense Zorblat-Diffusion Network for pattern formation.");

        Assert.Contains(links, l => l.Type == RelationshipType.Proposes && l.Name == "Dense Zorblat-Diffusion Network");
        // "Diffusion" is no head of the name, so the name is no diffusion model
        Assert.DoesNotContain(links, l => l.Type == RelationshipType.Uses && l.Name == "Diffusion Model");
    }

    [Theory]
    [InlineData("We proposed ZorbNet, a network for quux parsing.", "ZorbNet")]
    [InlineData("In this study, we have developed a framework, ZorbNet, for quux parsing.", "ZorbNet")]
    [InlineData("We tested the available quux APIs and developed our own application, ZorbDoc, utilizing GPT-4.", "ZorbDoc")]
    public void Proposed_PastTenseVerbAfterItsFirstPersonSubject_NamesTheContribution(string text, string name) =>
        Assert.Contains(name, Proposed("A study", text));

    [Theory]
    [InlineData("ZorbNet was developed by Smith et al. for quux parsing.")]
    [InlineData("The quux parser developed ZorbNet rules for parsing.")]
    [InlineData("In our previous work, we developed ZorbNet for quux parsing.")]
    [InlineData("We recently proposed ZorbNet, a network for quux parsing.")]
    public void Proposed_PastTenseVerbWithoutAFirstPersonSubjectOrAboutEarlierWork_NamesNothing(string text) =>
        Assert.Empty(Proposed("A study", text));

    [Fact]
    public void Proposed_AcronymsDefinedInARunOfThree_AreWhatTheWorkUses()
    {
        var names = Proposed("A study",
            "In this paper, data acquired by Zorbic Navigation System (ZNS), Frobnic Aperture Radar (FAR) and Quux Detection Sensor (QDS) is processed and a unified platform is proposed.");

        Assert.Empty(names);
    }

    [Fact]
    public void Proposed_TwoAcronymsDefinedSideBySide_AreBothContributions()
    {
        var names = Proposed("A study",
            "In this paper, Zorbic Navigation Mixer (ZNM) and Frobnic Aperture Mixer (FAM) are proposed for quux sensing.");

        Assert.Equal(["FAM", "ZNM"], names);
    }

    [Theory]
    [InlineData("ChatGPT Versus Consultants: Answering Case Questions")]
    [InlineData("Zorblat vs. Humans: A Blinded Comparison")]
    public void Proposed_ComparisonTitlePrefix_NamesNoMethod(string title) =>
        Assert.Empty(Proposed(title, "We compare the answers of both groups on 41 questions."));

    [Theory]
    [InlineData("Zorblat Informatics: An Algorithmic Design Rule", "Zorblat informatics is a new paradigm. We study zorblat informatics for quux discovery.")]
    [InlineData("Frobnic Zorblat Learning: A Comprehensive Survey", "We study how Frobnic Zorblat Learning trains models across devices.")]
    [InlineData("AI in Zorblat Engineering: Case Studies", "Two case studies of zorblat engineering are analysed.")]
    public void Proposed_TopicTitlePrefix_NamesNoMethod(string title, string text) =>
        Assert.Empty(Proposed(title, text));

    [Theory]
    [InlineData("Frobnic Sheaf Diffusion: Zorblat Graphs", "We study Frobnic Sheaf Diffusion on graphs. Frobnic sheaf diffusion also scales.")]
    [InlineData("Frobnic Sheaf Diffusion: Zorblat Graphs", "We study frobnic sheaf diffusion on graphs, and it scales.")]
    public void Proposed_TitlePrefixWrittenWithItsCapitalsOrOnceInLowerCase_IsTheContribution(string title, string text) =>
        Assert.Equal(["Frobnic Sheaf Diffusion"], Proposed(title, text));

    [Theory]
    [InlineData("We present the Zorb-Frob Recurrent Quux Model, a method for training attention networks.", "Zorb-Frob Recurrent Quux Model")]
    [InlineData("We introduce the Frobnic Violation Criterion to assess whether a test case fails.", "Frobnic Violation Criterion")]
    [InlineData("In this paper, we propose a Coupled Zorbic Auto-encoders framework to address the cross-domain problem.", "Coupled Zorbic Auto-encoders")]
    public void Proposed_TitleCaseNameAfterTheVerbsArticle_IsTheContribution(string text, string name)
    {
        Assert.Contains(name, Proposed("A study", text));
    }

    [Fact]
    public void Proposed_KnownMethodAfterTheVerbsArticle_IsNotTheContribution()
    {
        var proposed = Proposed("A study", "We propose a Gated Recurrent Unit that learns from molecules.");

        Assert.DoesNotContain("Gated Recurrent Unit", proposed);
    }

    [Fact]
    public void Proposed_CapitalizedWordsNotSetOff_AreNotTheContribution()
    {
        var proposed = Proposed("A study", "We present a Zorbic Frobnic in the wild and study it.");

        Assert.Empty(proposed);
    }

    [Fact]
    public void Proposed_HyphenatedCapitalizedNameSetOffAfterTheHeadNoun_IsTheContribution()
    {
        var proposed = Proposed("A study", "We propose a robust and high-quality watermark method, Zorbic-Frobmark, by extending an existing approach.");

        Assert.Contains("Zorbic-Frobmark", proposed);
    }

    // the paper's own method, defined right after "the proposed" / "our proposed", though no first-person verb names it;
    // an adjective that opens the long form ("deep") belongs to it
    [Theory]
    [InlineData("The proposed deep zorblat-resolution networks (DZNets) are composed of two deep branches.", "DZNets", "deep zorblat-resolution networks")]
    [InlineData("Our proposed quux mixing network (QMN) is trained end to end.", "QMN", "quux mixing network")]
    public void Proposed_TheProposedLongFormWithAcronym_IsTheContribution(string sentence, string name, string fullName)
    {
        var link = Assert.Single(TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method, "A study", sentence));

        Assert.Equal(name, link.Name);
        Assert.Equal(fullName, link.Properties["fullName"]);
    }

    // a title that opens with the method's name though no colon sets it off: the abstract defines it as an acronym's
    // long form, proposes it by name or restates it with its capitals; a field, a task or a phrase the abstract does
    // not take up names nothing
    [Theory]
    [InlineData("Dense Zorblat Query for End-to-End Object Detection", "The solution should be Dense Zorblat Queries (DZQ). DZQ helps detectors.", "DZQ")]
    [InlineData("Zorblat Models", "To overcome this, we propose zorblat models, a new family of generative models.", "Zorblat Models")]
    [InlineData("Learned Zorblat Quantization", "Here, we present a method for training such networks, Learned Zorblat Quantization, that reaches full precision.", "Learned Zorblat Quantization")]
    [InlineData("Artificial Intelligence in Senology", "Artificial Intelligence (AI) is defined as the simulation of human intelligence. AI is used widely.", "")]
    [InlineData("Zorblat Detection in the Wild", "We propose zorblat detection methods for noisy images.", "")]
    [InlineData("Zorblat Models", "Zorblat models are widely used in physics.", "")]
    [InlineData("Mastering Zorblat Control: Improved Quux Learning", "We present ZorbQ, an algorithm for zorblat control.", "ZorbQ")]
    [InlineData("Grounding ZORB: Marrying ZORB with Grounded Pre-Training", "Grounding ZORB detects arbitrary objects from category names.", "Grounding ZORB")]
    public void Proposed_TitleOpeningWithTheMethodsName_IsTheContributionWhenTheAbstractTakesItUp(string title, string text, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed(title, text));

    // a contribution named after a head noun, as a proposed component, or as introduced in this work
    [Theory]
    [InlineData("To this end, we design an efficient backbone ZorbOne, with variants under 1 ms on a phone.", "ZorbOne")]
    [InlineData("We build the generator by stacking multiple layers of a proposed ZQT block.", "ZQT block")]
    [InlineData("We ran 41 configurations through the ZorbRAG toolkit introduced in this work.", "ZorbRAG")]
    [InlineData("We ran 41 configurations through the LangChain toolkit, as described in prior work.", "")]
    public void Proposed_NamedAfterAHeadNounAsAProposedPartOrInThisWork_IsTheContribution(string sentence, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed("A study", sentence));

    // a benchmark defined by an acronym and counted in items is data the paper releases
    [Fact]
    public void Proposed_AcronymBenchmarkCountedInItems_IsAlsoADataset()
    {
        var datasets = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "A study",
            "We propose the Zorblat Quux Retrieval Evaluation (ZQRE), a first-of-its-kind benchmark including 7,663 questions.");

        Assert.Equal(["ZQRE"], datasets.Select(l => l.Name));
    }

    // a model the vocabulary knows is still the paper's own when the paper introduces it: defined with its capitals as
    // the proposing verb's object, or named by the title and proposed by name; a family written in lower case is used
    [Theory]
    [InlineData("DETRs Beat YOLOs on Real-time Object Detection", "We propose the Real-Time DEtection TRansformer (RT-DETR), the first real-time end-to-end detector.", "RT-DETR")]
    [InlineData("Consistency Models", "To overcome this, we propose consistency models, a new family of models.", "Consistency Model")]
    [InlineData("A Zorblat Study", "We propose a generative adversarial network (GAN) for zorblat synthesis.", "")]
    [InlineData("Graph Neural Networks for Zorblat Prediction", "We propose graph neural networks that predict zorblats.", "")]
    public void Proposed_ModelTheVocabularyKnows_IsOwnWhenThePaperIntroducesIt(string title, string text, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed(title, text));

    // the paper's own method is no dataset, though a dataset elsewhere shares its name; a title that says it is data
    [Theory]
    [InlineData("FDF: Flexible Decoupled Framework for Time Series Forecasting", "We propose a flexible decoupled framework (FDF) for forecasting. FDF outperforms baselines.", "")]
    [InlineData("FDF: A Benchmark Dataset for Zorblat Planning", "We release FDF for zorblat planning.", "FDF")]
    public void Datasets_NameOfThePapersOwnMethod_IsNoDatasetUnlessTheTitleSaysItIsData(string title, string text, string dataset) =>
        Assert.Equal(dataset.Split('|', StringSplitOptions.RemoveEmptyEntries),
            TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, title, text).Select(l => l.Name));

    // an acronym whose X stands for "cross", or whose -Former stands for a transformer, is defined by its long form; an X
    // that spells no "cross" defines nothing
    [Theory]
    [InlineData("We propose the semi-implicit Cross-lingual Zorblat Chain-of-Thought (XZ-CoT) framework.", "XZ-CoT")]
    [InlineData("We further propose a transformer-based TPV zorblat encoder (TPVZorbFormer) to lift features.", "TPVZorbFormer")]
    [InlineData("We improve capabilities by joining forces with eXplainable-AI (XAI).", "")]
    public void Proposed_AcronymWithCrossOrFormer_IsDefinedByItsLongForm(string sentence, string name) =>
        Assert.Equal(name.Split('|', StringSplitOptions.RemoveEmptyEntries), Proposed("A study", sentence));

    // the paper's own method as a sentence's subject speaks for the paper as "we" does: what it uses is used, though the
    // sentence goes on about "existing detectors"
    [Fact]
    public void Methods_UsedByTheProposedMethodAsSubject_AreMethodsUsed()
    {
        var methods = TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "ZorbDet: Dense Queries",
            "Most impressively, ZorbDet-L achieves 52.1 AP using a ResNet-50 backbone, outperforming all existing detectors.").Select(l => l.Name);

        Assert.Contains("ResNet", methods);
    }
}

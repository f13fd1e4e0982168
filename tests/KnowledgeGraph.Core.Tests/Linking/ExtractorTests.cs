using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Sentences below are real: from the trending-papers page (/work/shared/data) and SciERC dev.
public class ExtractorTests
{
    [Fact]
    public void Proposed_TitlePrefixAndWePropose_FindsTheName()
    {
        var links = TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method,
            "DiffDis: Empowering Generative Diffusion Model with Cross-Modal Discrimination Capability",
            "Specifically, we propose DiffDis to unify the cross-modal generative and discriminative pretraining into one single framework under the diffusion process.");

        var link = Assert.Single(links);
        Assert.Equal("DiffDis", link.Name);
        Assert.True(link.Discovered);
        Assert.InRange(link.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Proposed_PassiveWithAcronym_FindsAcronymAndFullName()
    {
        var links = TestLinker.Links(RelationshipType.Proposes, NodeLabel.Method, "A battery paper",
            "An interpretable deep learning model of flexible parallel neural network (FPNN) is proposed, which includes an InceptionBlock.");

        var link = Assert.Single(links);
        Assert.Equal("FPNN", link.Name);
        Assert.Equal("flexible parallel neural network", link.Properties["fullName"]);
    }

    [Fact]
    public void Baselines_SurpassingXAndYBy_FindsBothVariants()
    {
        var links = TestLinker.Links(RelationshipType.ComparesWith, NodeLabel.Method, "MAFormer: A Transformer Network",
            "In particular, MAFormer-L achieves 85.9% Top-1 accuracy on ImageNet, surpassing CSWin-B and LV-ViT-L by 1.7% and 0.6% respectively.");

        Assert.Equal(["CSWin-B", "LV-ViT-L"], links.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(links, l => l.Name.StartsWith("MAFormer", StringComparison.Ordinal));
    }

    [Fact]
    public void Result_NumberMetricDataset_TiesThemTogether()
    {
        var links = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "MAFormer: A Transformer Network",
            "In particular, MAFormer-L achieves 85.9% Top-1 accuracy on ImageNet, surpassing CSWin-B and LV-ViT-L by 1.7% and 0.6% respectively.");

        // the margins over the two baselines are measured on the sentence's metric too (MarginFigureTests)
        Assert.Equal(["0.6%", "1.7%", "85.9%"], links.Select(l => l.Properties["value"]).Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.Equal("Top-1 Accuracy", l.Properties["metric"]));
        var result = Assert.Single(links, l => l.Properties["value"] == "85.9%");
        Assert.Equal("ImageNet", result.Properties["dataset"]);
        Assert.Equal("MAFormer-L", result.Properties["method"]);
    }

    [Fact]
    public void Results_CommaList_InheritsMetric()
    {
        var links = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "FPNN",
            "The test on the MIT dataset shows that the FPNN model achieves outstanding predictive accuracy in EPBL tasks, with MAPEs of 2.47%, 1.29%, 1.08%, and 0.88% when the input cyclic data volumes are 10, 20, 30, and 40, respectively.");

        Assert.Equal(["2.47%", "1.29%", "1.08%", "0.88%"], links.Select(l => l.Properties["value"]));
        Assert.All(links, l => Assert.Equal("Mean Absolute Percentage Error", l.Properties["metric"]));
    }

    [Fact]
    public void Methods_FamilyWithParent_CarriesIsA()
    {
        var links = TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "A paper",
            "We adopt a specially selected and improved unidirectional Mamba architecture for the networking field.");

        var mamba = Assert.Single(links, l => l.Name == "Mamba");
        Assert.Equal("State Space Model", mamba.Properties["parent"]);
        Assert.Equal("Mamba architecture", mamba.Surface);
    }

    [Fact]
    public void Acronym_ResolvedFromText_LinksCanonicalEntity()
    {
        var links = TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "A paper",
            "Relational graph neural networks (RGNNs) are graph neural networks (GNNs) with dedicated structures for modeling heterogeneous graphs. We use RGNNs.");

        Assert.Contains(links, l => l.Name == "Relational Graph Neural Network" && l.Properties["parent"] == "Graph Neural Network");
        Assert.Contains(links, l => l.Name == "Graph Neural Network");
    }

    [Fact]
    public void Datasets_NamedHeadNoun_DiscoveredWhenNotInVocabulary()
    {
        var links = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "A paper",
            "The test on the MIT dataset shows that the model achieves outstanding predictive accuracy. On MSCOCO, our model outperforms the prior art.");

        Assert.Contains(links, l => l.Name == "MIT" && l.Discovered);
        Assert.Contains(links, l => l.Name == "MS COCO" && !l.Discovered && l.Surface == "MSCOCO");
    }

    [Fact]
    public void Datasets_SlashedSiblingNumbers_NameEverySibling()
    {
        var links = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "A paper",
            "We evaluate on CIFAR10/100 and ImageNet-1k/21k and report top-1 accuracy.");

        var names = links.Select(l => l.Name).ToHashSet();
        Assert.Contains("CIFAR-10", names);
        Assert.Contains("CIFAR-100", names);
        Assert.Contains(links, l => l.Surface == "CIFAR100" && !l.Discovered);
    }

    [Fact]
    public void Tasks_SciErcSentence_FindsTask()
    {
        var links = TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "",
            "We present the first application of the head-driven statistical parsing model of Collins (1999) as a simultaneous language model and parser for large-vocabulary speech recognition.");

        Assert.Contains(links, l => l.Name.EndsWith("speech recognition", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Concepts_NormalizedNounPhrase_Found()
    {
        var links = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Concept,
            "Neural Sheaf Diffusion: A Topological Perspective on Heterophily and Oversmoothing in GNNs", "");

        Assert.Contains(links, l => l.Name == "Over-smoothing");
        Assert.Contains(links, l => l.Name == "Heterophily");
    }

    [Fact]
    public void Links_EvidenceOffset_PointsIntoTitlePlusAbstract()
    {
        const string title = "NetMamba: Efficient Network Traffic Classification via Pre-training Unidirectional Mamba";
        const string abstractText = "Network traffic classification is a crucial research area. We adopt a Mamba architecture.";
        var text = title + "\n" + abstractText;

        foreach (var link in TestLinker.Instance.Link(title, abstractText))
        {
            Assert.Equal(link.Evidence, text.Substring(link.EvidenceStart, link.Evidence.Length));
            Assert.InRange(link.Confidence, 0.0, 1.0);
            Assert.False(string.IsNullOrEmpty(link.Extractor));
        }
    }

    [Fact]
    public void Methods_FamilyInAProposedNameOutsideTheTitle_CitesTheSentenceThatNamesIt()
    {
        var link = Assert.Single(TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "A study of zorblat systems",
            "Zorblats move. Our framework, ZorbGNN, learns their paths."));

        Assert.Equal("Graph Neural Network", link.Name);
        Assert.Equal("Our framework, ZorbGNN, learns their paths.", link.Evidence);
    }

    [Theory]
    [InlineData("Our method reduces the training time by 2.5x on ImageNet.", "Training Time", "2.5x", "ImageNet")]
    [InlineData("It improves BLEU by 1.2 points over the Transformer on WMT14.", "BLEU", "1.2 points", "WMT14")]
    [InlineData("FooNet achieves an F1 score of 91.3 on SQuAD.", "F1 Score", "91.3", "SQuAD")]
    [InlineData("It reaches 45.6 mAP on COCO.", "Mean Average Precision", "45.6", "MS COCO")]
    [InlineData("We achieve a 100\\% success rate in compiling all models.", "Success Rate", "100\\%", null)]
    public void Results_CommonReportingPatterns_TieValueToMetricAndDataset(string sentence, string metric, string value, string? dataset)
    {
        var links = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "FooNet: A Method", sentence);

        var result = Assert.Single(links);
        Assert.Equal(metric, result.Properties["metric"]);
        Assert.Equal(value, result.Properties["value"]);
        Assert.Equal(dataset, result.Properties.GetValueOrDefault("dataset"));
    }
}

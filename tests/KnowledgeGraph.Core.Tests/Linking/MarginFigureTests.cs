using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// A result is often followed by its margin over what it is compared with, which names no metric of its own. The
// sentences are written for these tests (made-up names); none is a labeled abstract.
public class MarginFigureTests
{
    private static string Results(string text) => TestLinker.ResultPairs("Zorb: A Study", text);

    [Theory]
    [InlineData("Zorb improves the ZorbSQL denotation accuracy to 89.5% (+2.3%).", "Denotation Accuracy=+2.3%|Denotation Accuracy=89.5%")]
    [InlineData("Zorb reaches 41.5% and 43.9% mAP on COCO, which are 4.1% and 4.8% higher than the baseline, respectively.",
        "Mean Average Precision=4.1%|Mean Average Precision=4.8%|Mean Average Precision=41.5%|Mean Average Precision=43.9%")]
    [InlineData("Zorb achieves an accuracy of 78.73%, outperforming the previous state-of-the-art model Quux by 1.09%.", "Accuracy=1.09%|Accuracy=78.73%")]
    [InlineData("Zorb reaches 33.69 dB PSNR on GoPro, exceeding the previous SOTA 0.38 dB.", "PSNR=0.38 dB|PSNR=33.69 dB")]
    public void Results_MarginAfterAResult_SharesItsMetric(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    [Theory]
    // no result before the margin: nothing names what it measures
    [InlineData("Zorb outperforms the state-of-the-art method by 24.40%.", "")]
    // a bracketed figure after something other than the result is not its margin
    [InlineData("Zorb reaches 45.2% accuracy on ZorbSet, trained on 20 (+5) categories.", "Accuracy=45.2%")]
    public void Results_FigureWithoutAResultBeforeIt_IsNoMargin(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    [Fact]
    public void Results_MetricOfAModelNamedOnlyInTheText_IsTiedAcrossTheName()
    {
        Assert.Equal("Average Precision=64.8%|Average Precision=66.5%",
            Results("Zorb boosts the whole-body AP of QuuxPose-l from 64.8% to 66.5%."));
    }

    [Fact]
    public void Results_SpeedOfANumberWithItsFrameRate_IsAFrameRate()
    {
        Assert.Equal("Mean IoU=71.9%|Throughput=250.4", Results("Zorb achieves 71.9% mIoU with a speed of 250.4 FPS."));
    }

    [Fact]
    public void Results_DatasetNamedBeforeItsMetric_IsTheDatasetNotPartOfTheMetric()
    {
        var links = TestLinker.Instance.Link("Zorb: A Study", "We boost ZorbNet-18 from 69.90% to 71.69% ImageNet top-1 accuracy.");

        Assert.Contains(links, l => l.Label == NodeLabel.Dataset && l.Name == "ImageNet");
        Assert.Equal("Top-1 Accuracy=69.90%|Top-1 Accuracy=71.69%",
            string.Join("|", links.Where(l => l.Label == NodeLabel.Result).Select(l => l.Properties!["metric"] + "=" + l.Properties!["value"]).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("CenterZorb reaches 65.5 NDS and 63.8 AMOTA on nuScenes.", "AMOTA=63.8|NuScenes Detection Score=65.5")]
    public void Results_TrackingMetric_IsNamed(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    // a backbone is what the model is built on, not what scored
    [Theory]
    [InlineData("Zorb lifts DeepLabv3 based on ResNet-18 to 76.02 mIoU.", "DeepLabv3")]
    [InlineData("Zorb lifts RetinaNet with a ResNet-50 backbone to 41.0 mAP.", "RetinaNet")]
    public void Results_ModelBuiltOnABackbone_IsTheModelThatScored(string text, string method)
    {
        var result = Assert.Single(TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Study of Distillation", text));

        Assert.Equal(method, result.Properties!["method"]);
    }

    [Theory]
    // signed margins of one list share the metric after them
    [InlineData("Zorb surpasses the state-of-the-art methods by +7.6% and +14.9% in terms of top-1 accuracy.", "Top-1 Accuracy=+14.9%|Top-1 Accuracy=+7.6%")]
    // the protocol between a number and its metric
    [InlineData("Zorb achieves a phenomenal 90.0 fine-tuning top-1 accuracy on ImageNet.", "Top-1 Accuracy=90.0")]
    [InlineData("Zorb can reach up to 80.4 zero-shot top-1 on ImageNet.", "Top-1 Accuracy=80.4")]
    // one margin for every metric listed after it
    [InlineData("Zorb achieves 1.3% higher mAP and NDS on nuScenes.", "Mean Average Precision=1.3%|NuScenes Detection Score=1.3%")]
    [InlineData("Zorb outperforms the current models by at least 1% on both F1 score and IoU.", "F1 Score=1%|IoU=1%")]
    // a figure on another dataset after "as well as" or a bound takes the last metric of its own form
    [InlineData("Zorb reaches 88.8% accuracy on ImageNet, 58.7 boxAP on COCO as well as 86.1% on Kinetics-400.", "Accuracy=86.1%|Accuracy=88.8%|Box AP=58.7")]
    [InlineData("Zorb outperforms the current models by at least 1% on both F1 score and IoU on the QuuxCD dataset, and more than 8% on the ZorbCD dataset.",
        "F1 Score=1%|F1 Score=8%|IoU=1%")]
    public void Results_FiguresAroundAMetric_AreTiedToIt(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    [Fact]
    public void Results_WidthMultiplierGluedToAModelsName_IsNoResult()
    {
        var results = Results("Zorb needs 1.6 ms inference latency and runs as fast as MobileNetV2×1.4 (1.6 ms, 74.7% top-1).");

        Assert.DoesNotContain("=1.4", results);
    }

    [Fact]
    public void Results_FiguresInABracketAfterAModel_AreThatModels()
    {
        var results = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "ZorbFormer: Fast Vision Transformers",
            "Our fastest model, ZorbFormer-L1, runs as fast as MobileNetV2×1.4 (1.6 ms, 74.7% top-1).");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("MobileNet", r.Properties!["method"]));
    }
}

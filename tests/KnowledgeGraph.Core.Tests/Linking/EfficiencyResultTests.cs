using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Efficiency papers report what their model costs: sizes with a magnitude, fold changes, speed said in words and
// memory saved. The sentences are written for these tests (made-up names where the rule must not lean on the
// vocabulary); none is a labeled abstract.
public class EfficiencyResultTests
{
    private static string Results(string text) => TestLinker.ResultPairs("Zorb: An Efficient Network", text);

    [Theory]
    [InlineData("Notably, Zorb-B with 88M parameters achieves 85.1% top-1 accuracy on ImageNet.", "Parameter Count=88M|Top-1 Accuracy=85.1%")]
    [InlineData("Zorb reaches 84.8% top-1 accuracy on ImageNet with only 21M parameters.", "Parameter Count=21M|Top-1 Accuracy=84.8%")]
    [InlineData("A compact Zorb with only 72.77M FLOPs and 1.06M parameters reaches 93% accuracy.", "Accuracy=93%|FLOPs=72.77M|Parameter Count=1.06M")]
    [InlineData("We release an efficient 3.7M-parameter Zorb model with 76.7% top-1 accuracy.", "Parameter Count=3.7M|Top-1 Accuracy=76.7%")]
    public void Results_SizeWithAMagnitudeStatedAsACost_IsAResultOfWhatItCounts(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    [Theory]
    [InlineData("We train models ranging from 7B to 65B parameters on public data.")]
    [InlineData("Zorb is released in two sizes, Zorb-Base (120M parameters) and Zorb-Large (600M parameters).")]
    [InlineData("We finally scale our approach to 24B parameters.")]
    [InlineData("It achieves 1.83% higher ImageNet-1k top-1 accuracy.")]
    public void Results_SizeSaidInPassingOrANameWithAMagnitude_IsNoParameterCount(string text)
    {
        Assert.DoesNotContain("Parameter Count", Results(text));
        Assert.DoesNotContain("=1k", Results(text));
    }

    [Theory]
    [InlineData("Zorb achieves a 37-fold speed increase compared to the original model.", "Speedup=37-fold")]
    [InlineData("Zorb is over 7 times as fast when deployed on edge devices.", "Speedup=7 times")]
    [InlineData("The distilled Zorb is 60% faster than its teacher.", "Speedup=60%")]
    [InlineData("Zorb leads to up to 80.0% GPU memory saving and 10% training speedup.", "Memory Usage=80.0%|Speedup=10%")]
    [InlineData("Zorb runs 2.5 times faster and uses 40% less memory.", "Memory Usage=40%|Speedup=2.5 times")]
    [InlineData("Compared with autoregressive models, Zorb speeds up the mel-spectrogram generation by 270x.", "Speedup=270x")]
    [InlineData("Zorb runs 3.5x faster inference than its teacher.", "Speedup=3.5x")]
    [InlineData("Zorb is 10–117 times smaller than the compared models.", "Model Size=10–117 times")]
    [InlineData("Notably, Zorb delivers up to 2.42× end-to-end speedup under decoding.", "Speedup=2.42×")]
    [InlineData("Zorb is 10-100 times faster than the nearest competitors.", "Speedup=10-100 times")]
    [InlineData("Zorb is 85% and 65% lighter than the two baselines.", "Model Size=65%|Model Size=85%")]
    public void Results_SpeedAndMemorySaidInWords_AreSpeedupAndMemoryUsage(string text, string expected)
    {
        Assert.Equal(expected, Results(text));
    }

    [Fact]
    public void Results_FoldOfACrossValidation_IsNoResult()
    {
        Assert.Equal("Accuracy=92%", Results("We use 5-fold cross-validation and report 92% accuracy."));
    }

    [Fact]
    public void Results_FactorsListedBeforeAsManyMetrics_PairInOrder()
    {
        var results = Results("Zorb requires 4.8x and 5.5x fewer multiply-adds and parameters for similar accuracy.");

        Assert.Equal("Multiply-Adds=4.8x|Parameter Count=5.5x", results);
    }

    [Theory]
    [InlineData("Our kernel delivers up to 4x lower latency on A100.", "A100")]
    [InlineData("Zorb reaches 1,000 tokens per second on V100.", "V100")]
    [InlineData("Zorb reaches 40 FPS on L4.", "L4")]
    [InlineData("Zorb reaches 71.9% mIoU at 250.4 FPS on NVIDIA GTX 1080Ti.", "NVIDIA")]
    [InlineData("Zorb reaches 71.9% mIoU at 250.4 FPS on a Jetson Nano.", "Jetson Nano")]
    public void Datasets_GpuModelAfterOn_IsNoDataset(string text, string device)
    {
        var datasets = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "Zorb: An Efficient Network", text);

        Assert.DoesNotContain(datasets, d => d.Name == device);
    }
}

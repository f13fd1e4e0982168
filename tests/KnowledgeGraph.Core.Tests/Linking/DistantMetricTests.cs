using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Results whose metric is the sentence's subject, far from the number, or a statistic's letter; the names are made up.
public class DistantMetricTests
{
    private static List<(string Metric, string Value)> Results(string text) =>
        [.. TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Study", text).Select(l => (l.Properties["metric"], l.Properties["value"]))];

    [Fact]
    public void Results_MetricOfALongSubjectThenALinkingVerb_BindsTheNumber()
    {
        var results = Results("The accuracy of all zorblat model predictions on the quux corpus is higher than 80%.");

        Assert.Contains(("Accuracy", "80%"), results);
    }

    [Theory]
    [InlineData("The Pearson correlation with human zorblat ratings was 0.71.", "Pearson Correlation", "0.71")]
    [InlineData("The Spearman correlation between zorblat scores and expert ranks was 0.64.", "Spearman Correlation", "0.64")]
    public void Results_CorrelationWithOrBetweenAPhraseThenALinkingVerb_BindsTheNumber(string text, string metric, string value) =>
        Assert.Contains((metric, value), Results(text));

    [Fact]
    public void Results_MetricThenReachesAfterAPhrase_BindsTheNumber()
    {
        var results = Results("In our study, the best validation accuracy of the zorblat network can reach 92.05% here.");

        Assert.Contains(results, r => r.Value == "92.05%" && r.Metric.Contains("Accuracy", StringComparison.Ordinal));
    }

    [Fact]
    public void Results_NumberAfterAClauseBoundary_IsNotBoundToTheSubjectMetric()
    {
        var results = Results("The accuracy of the zorblat model is stable, and 80% of the quux data is used.");

        Assert.DoesNotContain(results, r => r.Value == "80%");
    }

    [Fact]
    public void Results_ValueForMetric_BindsTheMetricAfterFor()
    {
        var results = Results("The zorblat model achieves the best performance, with values of 1.64 for perplexity.");

        Assert.Contains(("Perplexity", "1.64"), results);
    }

    // correlation coefficients reported the way statistics are ("r = 0.6", "r(13) = 0.56")
    [Theory]
    [InlineData("Zorblat archetypes show a strong correlation with the quux template (r = 0.6).", "0.6")]
    [InlineData("Zorblat complexity displays a significant correlation with temperature (r(13) = 0.56, p = 0.03).", "0.56")]
    public void Results_RInASentenceAboutACorrelation_IsACorrelation(string text, string value) =>
        Assert.Contains(("Correlation", value), Results(text));

    [Fact]
    public void Results_RhoWithANamedCoefficient_TakesThatCoefficient() =>
        Assert.Contains(("Spearman Correlation", "0.8"), Results("The Spearman correlation of zorblat scores was high (ρ = 0.8)."));

    [Fact]
    public void Results_RInASentenceWithoutACorrelation_IsNoResult() =>
        Assert.Empty(Results("The zorblat radius r = 0.5 was used for the quux kernel."));
}

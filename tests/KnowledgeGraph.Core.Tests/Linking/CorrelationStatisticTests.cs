using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Correlation coefficients reported the way statistics are ("r = 0.6", "r(13) = 0.56"); the subjects are made up.
public class CorrelationStatisticTests
{
    private static List<(string Metric, string Value)> Results(string text) =>
        [.. TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Study", text).Select(l => (l.Properties["metric"], l.Properties["value"]))];

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

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Acronyms defined with the long form second, "ZFR (zorblat failure rate)"; the names are made up, so each test
// fails without the rule.
public class LongFormSecondTests
{
    [Theory]
    [InlineData(RelationshipType.Mentions, NodeLabel.Metric, "We report the ZFR (zorblat failure rate) of every model on three splits.", "ZFR", "zorblat failure rate")]
    [InlineData(RelationshipType.Proposes, NodeLabel.Method, "We propose QZN (quux zorblat network), which learns from few labels.", "QZN", "quux zorblat network")]
    public void Acronym_BeforeItsLongForm_KeepsTheLongFormAsFullName(RelationshipType type, NodeLabel label, string text, string acronym, string fullName)
    {
        var links = TestLinker.Links(type, label, "A Study", text);

        var link = Assert.Single(links, l => l.Name == acronym);
        Assert.Equal(fullName, link.Properties["fullName"]);
    }

    [Fact]
    public void Acronym_HyphenatedLongForm_SpellsWithItsParts()
    {
        var links = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "A Study",
            "We report the SQR (self-quux rate) of every model.");

        Assert.Contains(links, l => l.Name == "SQR" && l.Properties["fullName"] == "self-quux rate");
    }

    [Fact]
    public void Acronym_BracketedGlossThatDoesNotSpellIt_IsNoDefinition()
    {
        var links = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "A Study",
            "We report the ZFR (a new error rate) of every model.");

        Assert.DoesNotContain(links, l => l.Properties.TryGetValue("fullName", out var full) && full.Contains("error rate", StringComparison.Ordinal));
    }
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Human evaluations list their criteria after a rating verb; the sentences are written for these tests.
public class RatingCriteriaTests
{
    private static List<string> Metrics(string text) =>
        [.. TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "A Study", text).Where(l => l.Confidence >= 0.5)
            .Select(l => l.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Metrics_CriteriaListedAfterARatingVerb_AreMetrics()
    {
        var metrics = Metrics("Two experts rated all responses, except their own, on zorbic adequacy, terseness, and legibility using a Likert scale.");

        Assert.Equal(["Legibility", "Likert Scale", "Terseness", "Zorbic adequacy"], metrics);
    }

    [Fact]
    public void Metrics_AScaleNamedInARatingSentence_IsAMetric()
    {
        var metrics = Metrics("The zorblat answers were graded by three physicians using a 6-point Likert scale.");

        Assert.Contains("Likert Scale", metrics);
    }

    [Fact]
    public void Metrics_APlainMeasureNextToTheNounScore_StaysTooWeak()
    {
        var metrics = Metrics("The zorblat score reflects the accuracy of each answer.");

        Assert.DoesNotContain("Accuracy", metrics);
    }

    [Theory]
    [InlineData("The answers were rated on a five-point scale.")]
    [InlineData("Each answer was rated on terseness by two experts.")]
    [InlineData("The detector scored on ZorbSet and GlimNet the best.")]
    public void Metrics_NoListOfCriteria_AddsNone(string sentence) =>
        Assert.Empty(Metrics(sentence));

    // "scores", "rate" and "grade" as nouns rate nothing
    [Theory]
    [InlineData("Zorb achieves state-of-the-art ROUGE scores on four zorblat tasks, including quux and flarn.", "ROUGE")]
    [InlineData("Tumor stage and grade are critical for treatment decision and prognosis.", "")]
    public void Metrics_ScoreOrGradeAsANoun_ListsNoCriteria(string sentence, string metrics) =>
        Assert.Equal(metrics.Split('|', StringSplitOptions.RemoveEmptyEntries), Metrics(sentence));

    [Theory]
    [InlineData("Thirty student questions tested the zorblat system, resulting in 80% satisfaction.", "Satisfaction", "80%")]
    [InlineData("The zorblat algorithm proved appropriate, with a discordance of 17% with respect to the pathologist.", "Discordance", "17%")]
    public void Results_SatisfactionAndAgreementMeasures_AreMetrics(string text, string metric, string value)
    {
        var results = TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Study", text)
            .Select(l => (l.Properties["metric"], l.Properties["value"]));

        Assert.Contains((metric, value), results);
    }
}

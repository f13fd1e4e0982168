using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Clinical and human-evaluation abstracts report lists of metrics closed by "respectively" and values with a spread,
// a scale or a unit on both ends of a range. The sentences are written for these tests; none is a labeled abstract.
public class RespectivelyAndValueFormTests
{
    private static List<(string Metric, string Value)> Results(string text) =>
        [.. TestLinker.Links(RelationshipType.Reports, NodeLabel.Result, "A Screening Study", text)
            .Select(l => (l.Properties!["metric"], l.Properties!["value"]))
            .OrderBy(r => r.Item2, StringComparer.Ordinal)];

    [Fact]
    public void Results_MetricListClosedByRespectively_PairsEachMetricWithItsValueInOrder()
    {
        var results = Results("The sensitivity, specificity, and positive predictive value of the model were 85%, 99%, and 96.5%, respectively.");

        Assert.Equal([("Sensitivity", "85%"), ("Positive Predictive Value", "96.5%"), ("Specificity", "99%")], results);
    }

    [Fact]
    public void Results_RespectivelyOverModelsNotMetrics_KeepsOneMetricForAllValues()
    {
        var results = Results("ResNet-50 and ViT-B reach an accuracy of 76.1% and 81.2%, respectively.");

        Assert.Equal([("Accuracy", "76.1%"), ("Accuracy", "81.2%")], results);
    }

    [Fact]
    public void Results_MeanWithItsSpread_KeepsTheSpreadInTheValue()
    {
        var results = Results("The average accuracy and clarity scores were 3.9 ± 0.8 and 3.4 ± 0.7, respectively.");

        Assert.Equal([("Clarity", "3.4 ± 0.7"), ("Accuracy", "3.9 ± 0.8")], results);
    }

    [Fact]
    public void Results_RatingOutOfAScale_KeepsTheScale()
    {
        var results = Results("Raters scored the answers high (fluency 4.2/5, coherence 3.8/5).");

        Assert.Equal([("Coherence", "3.8/5"), ("Fluency", "4.2/5")], results);
    }

    [Fact]
    public void Results_RangeWithTheUnitOnBothEnds_IsOneValue()
    {
        var results = Results("The controller improves the accuracy by 5%–15% over the rule-based one.");

        Assert.Equal([("Accuracy", "5%–15%")], results);
    }

    [Fact]
    public void Results_ValueListPerSubgroup_PairsEveryRunWithTheMetricList()
    {
        var results = Results("The sensitivity and specificity of the model were 100% and 97% for group A; 82% and 98% for group B; and 63% and 99% for group C, respectively.");

        Assert.Equal(
            [("Sensitivity", "100%"), ("Sensitivity", "63%"), ("Sensitivity", "82%"), ("Specificity", "97%"), ("Specificity", "98%"), ("Specificity", "99%")],
            results);
    }

    [Fact]
    public void Results_SubgroupRunOfAnotherLength_IsNotPairedOffByOne()
    {
        var results = Results("The sensitivity and specificity were 100% and 97% for group A; 82% for group B; and 63% and 99% for group C, respectively.");

        Assert.DoesNotContain(("Specificity", "82%"), results);
        Assert.Contains(("Sensitivity", "63%"), results);
        Assert.Contains(("Specificity", "99%"), results);
    }

    [Fact]
    public void Results_MetricListWithCriteriaTheVocabularyLacks_PairsTheUnknownItemsToo()
    {
        var results = Results("For dosage questions, the average accuracy, lucidity, and helpfulness scores were 3.9 ± 0.8, 3.6 ± 0.9, and 3.3 ± 0.9, respectively.");

        Assert.Equal([("Helpfulness", "3.3 ± 0.9"), ("Lucidity", "3.6 ± 0.9"), ("Accuracy", "3.9 ± 0.8")], results);
    }

    [Fact]
    public void Metrics_UnknownItemOfAPairedMetricList_IsADiscoveredMetric()
    {
        var metrics = TestLinker.Links(RelationshipType.Mentions, NodeLabel.Metric, "A Screening Study",
            "The accuracy, lucidity, and helpfulness scores were 3.9, 3.6, and 3.3, respectively.");

        Assert.Contains(metrics, l => l.Name == "Lucidity" && l.Discovered);
        Assert.Contains(metrics, l => l.Name == "Helpfulness" && l.Surface == "helpfulness");
    }

    [Fact]
    public void Results_ListOfConditionsAfterTheMetric_IsNotReadAsMetrics()
    {
        var results = Results("The accuracy on easy, medium, and hard questions was 90.1%, 80.2%, and 70.3%, respectively.");

        Assert.DoesNotContain(results, r => r.Metric is "Easy" or "Medium" or "Hard questions");
    }

    [Fact]
    public void Results_ListOfAsManyWordsAsValuesButNoKnownMetric_PairsNothing()
    {
        var results = Results("The lucidity, helpfulness, and brevity ratings were 3.9, 3.6, and 3.3, respectively.");

        Assert.Empty(results);
    }

    [Fact]
    public void Results_MetricScoresOfAValueList_GivesEveryValueTheMetric()
    {
        var results = Results("Both systems reach near-human performance with accuracy scores of 96.1% and 93.7%, respectively.");

        Assert.Equal([("Accuracy", "93.7%"), ("Accuracy", "96.1%")], results);
    }

    [Fact]
    public void Results_ValuesBeforeTheirMetricListClosedByRespectively_PairInOrder()
    {
        var results = Results("The reader obtained 93.25% and 90.52% F1-score and exact match, respectively.");

        Assert.Equal(2, results.Count);
        Assert.Contains(("F1 Score", "93.25%"), results);
        Assert.Contains(("Exact Match", "90.52%"), results);
    }

    [Fact]
    public void Results_MetricAfterAndWithItsOwnNumber_DoesNotTakeTheNumberBeforeIt()
    {
        var results = Results("The best model achieves a frobnic score of 0.9744 and accuracy 94.12% on the test set.");

        Assert.DoesNotContain(("Accuracy", "0.9744"), results);
        Assert.Contains(("Accuracy", "94.12%"), results);
    }

    [Fact]
    public void Results_MetricBeforeACommaAndTheNextClausesVerb_DoesNotTakeTheNumber()
    {
        var results = Results("The final system can process 15 frames per second, achieves over 90.5% zorbic detection, and runs on a phone.");

        Assert.DoesNotContain(results, r => r.Value == "90.5%");
    }

    [Theory]
    [InlineData("Two readers agreed, with an interobserver variability of <1% across the images.", "<1%")]
    [InlineData("The classifier reaches an accuracy of ∼87% on the held-out tweets.", "∼87%")]
    public void Results_BoundOrApproximationBeforeTheNumber_StaysInTheValue(string text, string value)
    {
        Assert.Contains(Results(text), r => r.Value == value);
    }
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// "prior" marks earlier work only as "prior work / methods / to"; the Bayesian noun ("the prior is …") must not
// lower a method named in the same sentence below the linking threshold.
public class PriorCueTests
{
    private static List<EntityLink> Methods(string text) =>
        [.. TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, "A Study", text).Where(l => l.Confidence >= 0.5)];

    [Fact]
    public void Methods_BayesianPriorInTheSentence_StillUsesTheMethod()
    {
        var methods = Methods("The prior is given by a kernel density estimate over zorblat pairs.");

        Assert.Contains(methods, l => l.Name == "Kernel Density Estimation");
    }

    [Fact]
    public void Methods_PriorWorkInTheSentence_IsBackgroundNotUse()
    {
        var methods = Methods("Prior work relied on kernel density estimation for zorblat pairs.");

        Assert.DoesNotContain(methods, l => l.Name == "Kernel Density Estimation");
    }
}

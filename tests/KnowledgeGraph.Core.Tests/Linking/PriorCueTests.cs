using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// "prior" marks earlier work only as "prior work / methods / to"; the Bayesian noun ("the prior is …") must not
// lower a method named in the same sentence below the linking threshold. In a review, survey or history, the
// earlier work and the examples it names are the paper's subject.
public class PriorCueTests
{
    private static List<EntityLink> Methods(string text) => Methods("A Study", text);

    private static List<EntityLink> Methods(string title, string text) =>
        [.. TestLinker.Links(RelationshipType.Uses, NodeLabel.Method, title, text).Where(l => l.Confidence >= 0.5)];

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

    [Fact]
    public void Methods_ExamplesInAReview_AreItsSubject()
    {
        var methods = Methods("A Review of Zorblat Chatbots", "The review traces early chatbots, such as ELIZA, to today's agents.");

        Assert.Contains(methods, l => l.Name == "ELIZA");
    }

    [Fact]
    public void Methods_PriorWorkInAReview_IsItsSubject()
    {
        var methods = Methods("Zorblat Learning: A Survey", "Prior work relied on kernel density estimation for zorblat pairs.");

        Assert.Contains(methods, l => l.Name == "Kernel Density Estimation");
    }

    [Theory]
    [InlineData("Zorblat Chatbots Revisited")]
    [InlineData("Code Review Automation for Zorblat Chatbots")]
    [InlineData("Zorblat Chatbots for Survey Data")]
    [InlineData("Patient History Prediction with Zorblat Chatbots")]
    public void Methods_ExamplesOutsideAReview_AreBackground(string title)
    {
        var methods = Methods(title, "The study traces early chatbots, such as ELIZA, to today's agents.");

        Assert.DoesNotContain(methods, l => l.Name == "ELIZA");
    }

    [Theory]
    [InlineData("Zorblat Chatbots: A Systematic Review")]
    [InlineData("History of Zorblat Chatbots")]
    [InlineData("Reviewing Zorblat Chatbots and Their Use")]
    [InlineData("An Overview on Zorblat Chatbots")]
    public void Methods_ExamplesInTitlesThatAnnounceAReview_AreItsSubject(string title)
    {
        var methods = Methods(title, "The study traces early chatbots, such as ELIZA, to today's agents.");

        Assert.Contains(methods, l => l.Name == "ELIZA");
    }
}

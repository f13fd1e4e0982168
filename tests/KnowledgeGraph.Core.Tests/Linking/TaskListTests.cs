using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// The items of a list the text calls tasks ("reasoning tasks, including …"). The items are made up, known to no
// vocabulary, so each case fails without the rule; the sentences are written for these tests.
public class TaskListTests
{
    private static List<string> Tasks(string text) =>
        [.. TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "A Study", text).Select(l => l.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("ZorbBench holds 20 reasoning tasks, including zorblat chaining, quux counting, and flarn deduction.", "Flarn deduction|Quux counting|Zorblat chaining")]
    [InlineData("We extend it to 3 coding tasks (zorblat repair, quux explanation) across 6 languages.", "Quux explanation|Zorblat repair")]
    [InlineData("ZorbLM excels in text-centric tasks such as zorblat understanding and quux parsing.", "Quux parsing|Zorblat understanding")]
    public void Tasks_ItemsOfAListOfTasks_AreTasks(string text, string tasks) =>
        Assert.Equal(tasks.Split('|'), Tasks(text));

    // the list ends after the item its conjunction introduces; a benchmark, a name, an action and a shared adjective are no
    // task; "in tasks such as sales" lists a field's chores
    [Theory]
    [InlineData("Reasoning tasks, such as zorblat chaining or quux counting, remain hard.", "Quux counting|Zorblat chaining")]
    [InlineData("We test five downstream tasks, including ZorbQA, arXiv, and handling zorblat lists.", "")]
    [InlineData("We test video tasks including scene-related, temporal-related, and zorblat understanding.", "Zorblat understanding")]
    [InlineData("Chatbots help in tasks such as sales and zorblat support.", "")]
    public void Tasks_ListOfTasks_EndsAtItsLastItemAndHoldsOnlyTasks(string text, string tasks) =>
        Assert.Equal(tasks.Split('|', StringSplitOptions.RemoveEmptyEntries), Tasks(text));
}

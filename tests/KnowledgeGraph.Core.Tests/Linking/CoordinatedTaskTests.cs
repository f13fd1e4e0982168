using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// One task noun shared by coordinated objects ("hate speech and zorblat detection"): the made-up objects are known to no
// vocabulary, so each test fails without the rule; "hate speech detection" and "image classification" are the known
// tasks that anchor a list.
public class CoordinatedTaskTests
{
    private static List<string> Tasks(string text) =>
        [.. TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "A Study", text).Select(l => l.Name)];

    [Fact]
    public void Tasks_KnownTaskCoordinatedWithAnotherObject_ShareTheNoun()
    {
        var tasks = Tasks("Hate speech and zorblat detection suffer from data sparsity.");

        Assert.Contains("Zorblat detection", tasks);
        Assert.Contains("Hate Speech Detection", tasks);
    }

    [Fact]
    public void Tasks_CommaList_GivesEveryObjectTheNoun()
    {
        var tasks = Tasks("We evaluate on image, frobnic and quux classification.");

        Assert.Contains("Frobnic classification", tasks);
        Assert.Contains("Quux classification", tasks);
    }

    [Fact]
    public void Tasks_LoneAdjectiveInTheList_SharesTheNextObjectsNounToo()
    {
        var tasks = Tasks("We compare models on three datasets for offensive, abusive language and zorblat detection tasks.");

        Assert.Contains("Offensive language detection", tasks);
        Assert.Contains("Abusive language detection", tasks);
        Assert.Contains("Zorblat detection", tasks);
        Assert.DoesNotContain("Offensive detection", tasks);
        Assert.DoesNotContain("Abusive Language", tasks); // the topic is named for its detection
    }

    [Fact]
    public void Tasks_OnlyTheObjectNextToTheNounKnown_SaysNothingOfTheOthers()
    {
        var tasks = Tasks("The model handles zorblat and image classification.");

        Assert.DoesNotContain("Zorblat classification", tasks);
    }

    [Fact]
    public void Tasks_NoKnownTaskInTheList_IsNoTask()
    {
        var tasks = Tasks("We combine zorblat perception and frobnic quux modeling.");

        Assert.DoesNotContain(tasks, t => t.Contains("modeling", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_TwoFullTasksJoinedByAnd_StayTwoTasks()
    {
        var tasks = Tasks("We address image classification and zorblat detection.");

        Assert.Contains("Image Classification", tasks);
        Assert.DoesNotContain(tasks, t => t.StartsWith("Image classification detection", StringComparison.OrdinalIgnoreCase));
    }
}

using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Tasks stated in words in the abstract body ("we tackle the problem of X", "to detect X"); made-up objects
// ("zorblat", "frobnic") no vocabulary knows, so each test fails without its rule.
public class TaskStatementTests
{
    private static List<string> Tasks(string text) =>
        [.. TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, "A Study", text).Select(l => l.Name)];

    // the tasks a title alone states: the abstract says nothing of them
    private static List<string> TitleTasks(string title) =>
        [.. TestLinker.Links(RelationshipType.Addresses, NodeLabel.Task, title, "We study it.").Select(l => l.Name)];

    // the object is named in the singular, but "news", "series" and "analysis" are no plurals
    [Theory]
    [InlineData("Our goal is to detect zorblat news on social media.", "Zorblat news detection")]
    [InlineData("Our goal is to forecast zorblat series in real time.", "Zorblat series forecasting")]
    [InlineData("Our goal is to detect zorblat strategies in chess games.", "Zorblat strategy detection")]
    public void Tasks_InfinitiveOfPurpose_NamesItsObjectInTheSingular(string sentence, string task) =>
        Assert.Contains(task, Tasks(sentence));

    // a system named for what it does names a task the vocabulary knows; a component the method merely uses does not
    [Theory]
    [InlineData("Finally, we test existing AIGC detectors on the essays.", "AI-Generated Text Detection")]
    [InlineData("Deep image classifiers are vulnerable to adversarial examples.", "Image Classification")]
    [InlineData("Existing sentiment classifiers fail on sarcastic tweets.", "Sentiment Analysis")]
    [InlineData("We filter the tweets with a pretrained sentiment classifier.", "")]
    [InlineData("A linear classifier is trained on top of the zorblat features.", "")]
    public void Tasks_AgentNounTheVocabularyKnowsAsATask_IsThatTask(string sentence, string task) =>
        Assert.Equal(task.Split('|', StringSplitOptions.RemoveEmptyEntries), Tasks(sentence));

    // a purpose verb in a sentence without "we": only a task the vocabulary knows, never a phrase made up from it
    [Theory]
    [InlineData("Deep learning models are trained to classify skin lesions.", "Skin Lesion Classification")]
    [InlineData("Transformers are widely used to detect fake news.", "Fake News Detection")]
    [InlineData("Transformers are widely used to detect zorblat drift.", "")]
    public void Tasks_PurposeVerbWithoutFirstPerson_OnlyAKnownTask(string sentence, string task) =>
        Assert.Equal(task.Split('|', StringSplitOptions.RemoveEmptyEntries), Tasks(sentence));

    [Fact]
    public void Tasks_ProblemOfAfterATakingOnVerb_IsTheTask()
    {
        var tasks = Tasks("In this paper, we tackle the problem of zorblat flux separation from noisy mixtures.");

        Assert.Contains("Zorblat flux separation", tasks);
    }

    [Fact]
    public void Tasks_ProblemOfWithoutATakingOnVerb_IsNoTask()
    {
        var tasks = Tasks("Despite recent work, the problem of zorblat drift remains a major concern for us.");

        Assert.DoesNotContain(tasks, t => t.Contains("zorblat", StringComparison.OrdinalIgnoreCase));
    }

    // "the inconsistency problem of X": the problem is named before "of", and X is what has it
    [Fact]
    public void Tasks_ProblemNamedBeforeOf_LeavesWhatFollowsNoTask()
    {
        var tasks = Tasks("In this paper, we tackle the insufficient expression problem of zorblat features.");

        Assert.DoesNotContain(tasks, t => t.Contains("zorblat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_NamedProblemTheAuthorsAddress_IsTheTask()
    {
        var tasks = Tasks("We address the wobble routing problem with a new solver.");

        Assert.Contains("Wobble routing", tasks);
    }

    [Fact]
    public void Tasks_NamedProblemWithAParticiple_IsADescriptionNotATask()
    {
        var tasks = Tasks("We study the unobserved wobble problem in depth.");

        Assert.DoesNotContain(tasks, t => t.Contains("wobble", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_NamedProblemWithAQualityWord_IsNoTask()
    {
        var tasks = Tasks("This paper solves the automatic wobble problem for us.");

        Assert.DoesNotContain(tasks, t => t.Contains("wobble", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_PurposeVerbInAFirstPersonSentence_IsTheNominalizedTask()
    {
        var tasks = Tasks("We train a small network to detect frobnic lesions in retinal scans.");

        Assert.Contains("Frobnic lesion detection", tasks);
    }

    [Fact]
    public void Tasks_PurposeVerbOfSomeoneElse_IsNoTask()
    {
        var tasks = Tasks("Clinicians need to detect frobnic lesions in retinal scans.");

        Assert.DoesNotContain(tasks, t => t.Contains("frobnic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_PurposeObjectEndingInAClause_IsNoTask()
    {
        var tasks = Tasks("We use the model to predict frobnic values associated with each zorblat.");

        Assert.DoesNotContain(tasks, t => t.Contains("frobnic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_BodyNominalizationInAFirstPersonSentence_IsTheTask()
    {
        var tasks = Tasks("We study the classification of zorblat images with few labels.");

        Assert.Contains("Zorblat image classification", tasks);
    }

    [Fact]
    public void Tasks_ModifiedHeadBeforeOf_IsNotRenominalized()
    {
        var tasks = Tasks("We offer a solution for early life prediction of zorblat cells.");

        Assert.DoesNotContain(tasks, t => t.Contains("zorblat cell", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tasks_NamedProblemWithAHyphenatedModifier_KeepsTheWholeModifier()
    {
        var tasks = Tasks("We propose a new network to address the cross-zorblat problem.");

        Assert.Contains("Cross-zorblat", tasks);
    }

    [Theory]
    [InlineData("Predicting Zorblat Yields from Satellite Images", "Zorblat yield prediction")]
    [InlineData("Learning to Segment Quux Cells", "Quux cell segmentation")]
    [InlineData("Frobnic Nets: Detecting Wobble Faults", "Wobble fault detection")]
    public void Tasks_TitleStatedWithAVerb_IsTheNominalizedTask(string title, string task) =>
        Assert.Contains(task, TitleTasks(title));

    // a title's purpose phrase may end in an action noun that is no task head word; a verb, a noun that names no
    // action and a phrase that runs on into a coordination name no task
    [Theory]
    [InlineData("A Unifying Framework for Zorblat Model Evaluation", "Zorblat Model Evaluation")]
    [InlineData("Legible Quux Rules for Zorblat Alignment: The Value of Silly Rules", "Zorblat Alignment")]
    [InlineData("Frobnic Nets for Zorblat Tuning in Low-Resource Settings", "Zorblat Tuning")]
    [InlineData("Combining Zorblat Propagation with Frobnic Models", "")]
    [InlineData("Zorblat Prompting: Scaling Quux Learning to 1,000 Examples", "")]
    [InlineData("Quux 2: Open Zorblat Foundation and Fine-Tuned Chat Models", "")]
    [InlineData("Zorblat Causality for Machine Learning", "")]
    [InlineData("Frobnic Nets for Improving Zorblat Understanding", "Zorblat Understanding")]
    public void Tasks_TitlePurposePhraseEndingInAnActionNoun_IsTheTask(string title, string task) =>
        Assert.Equal(task.Split('|', StringSplitOptions.RemoveEmptyEntries), TitleTasks(title));

    // the words before a title's task head: a glued run ("Zorblat-to-Quux", "Multi-Domain") is one word and is never cut,
    // a colon ends them, "Neural" / "Deep" before them describes the model, a following "Models" makes them a method's
    // name, a verb makes them a claim, and a setting the vocabulary knows as a concept ("zero-shot") is not part of them; a survey's topic is a slot
    [Theory]
    [InlineData("Neural Zorblat Judgment Prediction in English", "Zorblat Judgment Prediction")]
    [InlineData("Zero-shot Visual Zorblat Prediction", "Visual Zorblat Prediction")]
    [InlineData("Calibrating Zorblat Translation with Quux Estimation", "")]
    [InlineData("Embedding-based Zorblat Retrieval in Quux Search", "Embedding-based Zorblat Retrieval")]
    [InlineData("A Survey on Medical Zorblat Factorization", "Medical Zorblat Factorization")]
    [InlineData("A Review of Zorblat Detection: Datasets and Methods", "Zorblat Detection")]
    [InlineData("A Study of Zorblat Detection", "")]
    [InlineData("Unsupervised Zorblat-to-Quux Synthesis", "Unsupervised Zorblat-to-Quux Synthesis")]
    [InlineData("Frobnic Nets for Multi-Domain Zorblat State Generation", "Multi-Domain Zorblat State Generation")]
    [InlineData("Frobnic Nets for Post-click Zorblat Rate Estimation", "Post-click Zorblat Rate Estimation")]
    [InlineData("QUUX: Statistical Zorblat Detection and Visualization", "Statistical Zorblat Detection")]
    [InlineData("Neural Zorblat Translation Models for Quux Correction", "Quux Correction")]
    [InlineData("Frobnic Fine-Tuning Improves Zorblat Detection", "")]
    [InlineData("Sigmoid Units for Neural Network Zorblat Approximation", "")]
    public void Tasks_TitleTaskPhrase_TakesItsWholeModifiersAndNoMore(string title, string task) =>
        Assert.Equal(task.Split('|', StringSplitOptions.RemoveEmptyEntries), TitleTasks(title));

    // arXiv titles broken over lines keep a run of spaces where the break was: a name read across one has single spaces
    [Fact]
    public void Tasks_NameReadAcrossARunOfSpaces_HasSingleSpaces()
    {
        Assert.Equal(["Binary Zorblat Map Evaluation"], TitleTasks("Frobnic Nets for Binary Zorblat  Map Evaluation"));
    }

    // "new" is no singular of "news", and a new generation of something is an era, not a task
    [Fact]
    public void Tasks_NewGenerationOfSomething_IsNoTask()
    {
        Assert.Empty(Tasks("We believe this work opens a new generation of zorblat learning techniques."));
    }

    [Fact]
    public void Tasks_WhatASystemIsMeasuredAtDoing_IsTheTask()
    {
        var tasks = Tasks("The model outperforms human raters in detecting zorblat faults, with an accuracy of 91%.");

        Assert.Contains("Zorblat fault detection", tasks);
    }

    [Fact]
    public void Tasks_DoingSomethingInASentenceWithoutEvaluation_IsNoTask()
    {
        var tasks = Tasks("Engineers are interested in detecting zorblat faults early.");

        Assert.DoesNotContain("Zorblat fault detection", tasks);
    }

    [Fact]
    public void Tasks_PurposeObjectAPronoun_IsNoTask()
    {
        var tasks = Tasks("We train classifiers to detect them with high accuracy.");

        Assert.DoesNotContain(tasks, t => t.StartsWith("Them", StringComparison.Ordinal));
    }

    [Fact]
    public void Tasks_PurposeObjectGluedToTheNextSentence_EndsAtTheStop()
    {
        var tasks = Tasks("We train models to detect zorblats.We make the data public.");

        Assert.Contains("Zorblat detection", tasks);
    }

    [Theory]
    [InlineData("Our aim is to evaluate the performance of ZorbChat in answering patients’ questions regarding their health.")]
    [InlineData("This study aims to evaluate ZorbChat’s performance in answering clinical case–based questions in frobnicology.")]
    [InlineData("We evaluate ZorbChat on answering frobnicology questions from board exams.")]
    [InlineData("The results demonstrate the bot's ability to effectively answer complex questions about zorblats.")]
    [InlineData("The experiment results indicate that the system can answer user questions more accurately.")]
    [InlineData("We build models that read zorblat articles, analyze semantics, and answer questions like humans.")]
    public void Tasks_AnsweringAKindOfQuestionsInAnEvaluation_IsQuestionAnswering(string text)
    {
        Assert.Contains("Question Answering", Tasks(text));
    }

    [Fact]
    public void Tasks_AnsweringAStudysResearchQuestions_IsNoTask()
    {
        Assert.DoesNotContain("Question Answering", Tasks("We evaluate ZorbChat in answering research questions about its use."));
    }

    [Theory]
    [InlineData("We evaluate ZorbChat and find that the answer to the crucial question is no.")]
    [InlineData("The results show that ZorbChat can answer the crucial question of when to pre-train.")]
    public void Tasks_AnswerOfOneQuestion_IsNoTask(string text)
    {
        Assert.DoesNotContain("Question Answering", Tasks(text));
    }

    // where the paper names a kind of a task, the bare task is what the kind is of, not a task of its own
    [Fact]
    public void Tasks_KindOfATaskNamed_DropsTheBareTask()
    {
        var tasks = Tasks("We study open-domain question answering and show that QA models need retrieval.");

        Assert.Contains("Open-domain Question Answering", tasks, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Question Answering", tasks);
    }
}

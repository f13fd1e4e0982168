using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

// Prefixed words are written closed and hyphenated alike; a name listed one way must match text written the other.
public class HyphenVariantsTests
{
    [Fact]
    public void Of_WordsOnAPrefix_GivesEachSplitAndTheirCombination()
    {
        var variants = HyphenVariants.Of("Denoising Autoencoder").ToList();

        Assert.Contains("Denoising Auto-encoder", variants);
        Assert.Contains("De-noising Autoencoder", variants);
        Assert.Contains("De-noising Auto-encoder", variants);
    }

    [Fact]
    public void Of_HyphenAfterAPrefix_GivesTheClosedWord()
    {
        Assert.Contains("pretraining objective", HyphenVariants.Of("pre-training objective"));
    }

    [Theory]
    [InlineData("AutoML")]        // CamelCase keeps its spelling
    [InlineData("record linkage")] // the rest after "re" is too short to be a word of its own
    [InlineData("GPT-4")]
    public void Of_NoPrefixedWord_GivesNothing(string alias)
    {
        Assert.Empty(HyphenVariants.Of(alias));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("auto-")]
    [InlineData("-encoder")]
    [InlineData("pre--training")]
    [InlineData("Автоэнкодер autoэнкодер")]
    public void Of_OddUserAlias_GivesOnlyWellFormedVariants(string alias)
    {
        // a user vocabulary may hold anything; no variant may be empty or the alias itself
        Assert.All(HyphenVariants.Of(alias), v => Assert.True(v.Length > 0 && v != alias));
    }

    [Fact]
    public void Match_NameListedClosed_FindsTextWrittenHyphenated()
    {
        var vocabulary = EntityVocabulary.FromEntries([new VocabularyEntry { Canonical = "Zorbic Autoencoder", Kind = NodeLabel.Method }]);

        Assert.Equal(["Zorbic Autoencoder"], Matches(vocabulary, "We train two zorbic auto-encoders on it."));
    }

    [Fact]
    public void Match_VariantSpellingOfOneEntry_NeverTakesAnotherEntrysName()
    {
        // the first entry's alias closed is the second entry's name
        var vocabulary = EntityVocabulary.FromEntries(
        [
            new VocabularyEntry { Canonical = "Frobnic Network", Kind = NodeLabel.Method, Aliases = ["zorbic auto-encoder"] },
            new VocabularyEntry { Canonical = "Zorbic Autoencoder", Kind = NodeLabel.Method },
        ]);

        Assert.Equal(["Zorbic Autoencoder"], Matches(vocabulary, "We use a zorbic autoencoder here."));
        Assert.Equal(["Frobnic Network"], Matches(vocabulary, "We use a zorbic auto-encoder here."));
    }

    private static List<string> Matches(EntityVocabulary vocabulary, string text)
    {
        var tokens = Tokenizer.TokenizeToArray(text);
        var mentions = new List<VocabularyMention>();
        vocabulary.Match(text, text.ToLowerInvariant(), tokens, 0, tokens.Length, mentions);
        return [.. mentions.Select(m => m.Entry.Canonical)];
    }

    // a dataset named by a word and a closing acronym is written apart too; codes and short words keep one form
    [Theory]
    [InlineData("ScienceQA", "Science QA")]
    [InlineData("PubMedQA", "PubMed QA")]
    [InlineData("ZorblatNLI2", "Zorblat NLI2")]
    [InlineData("TextVQA", null)]
    [InlineData("CIFAR10", null)]
    [InlineData("MS-COCO", null)]
    public void SpacedVariant_WordAndClosingAcronym_IsWrittenApart(string name, string? spaced) =>
        Assert.Equal(spaced, SpacedNameVariants.Of(name));

    [Fact]
    public void Link_DatasetWrittenApart_IsThatDataset()
    {
        var datasets = TestLinker.Links(RelationshipType.EvaluatesOn, NodeLabel.Dataset, "A Study", "Fine-tuned on Science QA, the model reaches 92.53% accuracy.")
            .Select(l => l.Name);

        Assert.Contains("ScienceQA", datasets);
    }
}

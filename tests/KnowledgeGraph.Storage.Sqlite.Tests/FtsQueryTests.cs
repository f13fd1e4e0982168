using KnowledgeGraph.Storage.Sqlite.Internal;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("state space", "\"state\" \"space\"")]
    [InlineData("NEAR(a b", "\"NEAR\" \"a\" \"b\"")]
    [InlineData("\"quoted\" -not *star", "\"quoted\" \"not\" \"star\"")]
    [InlineData("Müller's  AND", "\"Müller\" \"s\" \"AND\"")]
    public void AllWords_UserText_EveryWordQuoted(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.AllWords(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\"*-()")]
    [InlineData(null)]
    public void AllWords_NoWords_ReturnsNull(string? text)
    {
        Assert.Null(FtsQuery.AllWords(text));
    }

    [Fact]
    public void AllWordsLastPrefix_TwoWords_LastIsPrefix()
    {
        Assert.Equal("\"diffusion\" \"prob\"*", FtsQuery.AllWordsLastPrefix("diffusion prob"));
    }

    [Fact]
    public void Tokens_VeryLongText_CappedAt32()
    {
        Assert.Equal(32, FtsQuery.Tokens(string.Join(' ', Enumerable.Repeat("word", 100))).Count);
    }
}

using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>User text becomes a Lucene query for the paper_text index that cannot be a syntax error or change its meaning.</summary>
public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("NOT title:x* AND \"y\" ~2 ^3 \\ / [a TO b] {c} (d) -e +f && g || h !i ?j", "not title x and y 2 3 a to b c d e f g h i j")]
    [InlineData("Mamba: Linear-Time Sequence Modeling", "mamba linear time sequence modeling")]
    [InlineData("Ünïcödé Größe", "ünïcödé größe")]
    public void AllWords_AnyText_OnlyLowerCaseWordsJoinedByOurOwnOperators(string text, string words)
    {
        var query = FullTextQuery.AllWords(text);

        var all = string.Join(" AND ", words.Split(' '));
        Assert.Equal($"title:({all})^10 OR ({all})", query);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\"*:()~^")]
    public void AllWords_NoWordLeft_Null(string text) => Assert.Null(FullTextQuery.AllWords(text));

    [Fact]
    public void TitleWordsLastPrefix_TypingAhead_LastWordIsAPrefix() =>
        Assert.Equal("title:(vision AND mam*)", FullTextQuery.TitleWordsLastPrefix("Vision Mam"));
}

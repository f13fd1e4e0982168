using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Identity;

/// <summary>
/// Title keys and entity ids are stored, so the ASCII fast paths must give exactly what the Unicode paths give:
/// otherwise a re-ingest would no longer find the papers and nodes an older version wrote.
/// </summary>
public class AsciiFastPathTests
{
    public static TheoryData<string> EdgeCases() =>
    [
        "", " ", "...", "C++ and C#", "a + b", "+x", "#1: Tips", "  {BERT}: Pre-training ", "GPT-4o_mini\tv2\r\n",
        "ALL CAPS 123", "x", new string('a', 600) + " B " + new string('-', 300), "under_score~tilde`back'quote\"",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Normalize_AsciiEdgeCases_MatchesTheUnicodePath(string text)
    {
        Assert.Equal(TitleNormalizer.NormalizeUnicode(text), TitleNormalizer.Normalize(text));
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EntityIds_AsciiEdgeCases_MatchTheUnicodePath(string text)
    {
        Assert.Equal(EntityId.SlugUnicode(text), EntityId.Slug(text));
        Assert.Equal("author:" + EntityId.SlugUnicode(text), EntityId.For(NodeLabel.Author, text));
    }

    [Fact]
    public void FastPaths_RandomPrintableAscii_MatchTheUnicodePaths()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var k = 0; k < chars.Length; k++) chars[k] = (char)random.Next(0, 128);
            var text = new string(chars);
            Assert.Equal(TitleNormalizer.NormalizeUnicode(text), TitleNormalizer.Normalize(text));
            Assert.Equal(EntityId.SlugUnicode(text), EntityId.Slug(text));
            Assert.Equal("method:" + EntityId.SlugUnicode(text), EntityId.For(NodeLabel.Method, text));
        }
    }

    [Fact]
    public void For_NonAsciiName_StillFoldsAccents()
    {
        Assert.Equal("author:jurgen-schmidhuber", EntityId.For(NodeLabel.Author, "Jürgen Schmidhuber"));
    }
}

using KnowledgeGraph.Core.Identity;

namespace KnowledgeGraph.Core.Tests.Identity;

public sealed class Sha256TextTests
{
    [Fact]
    public void HexPrefix_KnownText_IsTheSha256Prefix()
    {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf8f01cfea", Sha256Text.HexPrefix("abc", 8));
    }

    [Theory]
    [InlineData("Attention is all you need", null, "2017", "[\"arxiv:1706.03762\"]")]
    [InlineData("", "", null, "")]
    [InlineData("Ünïcödé title — with a dash", "résumé 日本語 😀", "1999", null)]
    [InlineData("a lone high surrogate at the end \ud83d", "\ude00 and a lone low one", null, "x")]
    public void HexPrefix_Parts_EqualsTheHashOfTheJoinedString(string? a, string? b, string? c, string? d)
    {
        var longText = string.Concat(Enumerable.Repeat("long abstract text ", 200));
        string?[] parts = [a, b, longText, c, d];

        Assert.Equal(Sha256Text.HexPrefix(string.Join('\u001f', parts), 16), Sha256Text.HexPrefix(parts, '\u001f', 16));
    }
}

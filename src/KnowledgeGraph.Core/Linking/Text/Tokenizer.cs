using System.Globalization;

namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>
/// A hand-written, linear-time tokenizer: letters and digits are split apart (<c>ResNet50</c> → <c>ResNet</c>,
/// <c>50</c>), numbers keep their decimal part, every other non-space character is a one-character symbol.
/// No regular expressions, so no input can make it backtrack.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        TokenizeInto(text, start, end, tokens);
        return tokens;
    }

    [ThreadStatic] private static List<Token>? _scratch;

    /// <summary>
    /// The tokens of a whole text in an array of exactly their number: one allocation per text instead of a list sized
    /// for the worst case and its copy (a third of what linking an abstract allocated before).
    /// </summary>
    public static Token[] TokenizeToArray(string text)
    {
        var scratch = _scratch ??= new List<Token>(1024);
        scratch.Clear();
        TokenizeInto(text, 0, text.Length, scratch);
        var tokens = scratch.ToArray();
        // a megabyte of text leaves a large buffer behind: not kept for the next abstract
        if (scratch.Capacity > 1 << 16) _scratch = null;
        return tokens;
    }

    private static void TokenizeInto(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        var space = true;
        while (i < end)
        {
            var ch = text[i];
            if (ch == ' ' || char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                space = true;
                i++;
                continue;
            }
            var begin = i;
            TokenKind kind;
            if (IsLetter(ch))
            {
                while (i < end && IsLetter(text[i])) i++;
                kind = TokenKind.Word;
            }
            else if (char.IsAsciiDigit(ch) || (ch == '.' && space && i + 1 < end && char.IsAsciiDigit(text[i + 1])))
            {
                if (ch == '.') i++; // ".489"
                while (i < end && char.IsAsciiDigit(text[i])) i++;
                // 85.9 / 1,000 — a separator counts only when a digit follows it.
                while (i + 1 < end && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1])
                       && (text[i] == '.' || IsThousands(text, i + 1, end)))
                {
                    i++;
                    while (i < end && char.IsAsciiDigit(text[i])) i++;
                }
                kind = TokenKind.Number;
            }
            else
            {
                i += char.IsHighSurrogate(ch) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Symbol;
            }
            tokens.Add(new Token(begin, i - begin, kind, space));
            space = false;
        }
    }

    // inlined into the tokenizer's loops: the ASCII test is most of the characters of an abstract
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char ch) => ch < 128 ? char.IsAsciiLetter(ch) : IsNonAsciiLetter(ch);

    private static bool IsNonAsciiLetter(char ch)
    {
        if (char.IsLetter(ch)) return !char.IsSurrogate(ch);
        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsThousands(string text, int digitStart, int end)
    {
        // "1,000" groups exactly three digits; "10, 20" (with a space) never reaches here.
        var n = 0;
        while (digitStart + n < end && char.IsAsciiDigit(text[digitStart + n])) n++;
        return n == 3;
    }
}

namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>
/// One token of a text: its span and kind. <see cref="SpaceBefore"/> tells whether white space separates it from
/// the previous token, so <c>CSWin-B</c> (no spaces) can be told apart from <c>CSWin - B</c>.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore)
{
    public int End => Start + Length;

    /// <summary>Hyphens, slashes, dots, apostrophes and underscores: ignored when matching names.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsTransparent(string text) =>
        Kind == TokenKind.Symbol && text[Start] is '-' or '‐' or '‑' or '–' or '/' or '.' or '\'' or '’' or '·' or '_';
}

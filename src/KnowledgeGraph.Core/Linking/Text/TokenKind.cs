namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
/// <remarks>One byte, so that a token takes 12 bytes instead of 16: an abstract's token array is its largest allocation.</remarks>
public enum TokenKind : byte
{
    /// <summary>A run of letters (and combining marks).</summary>
    Word,
    /// <summary>A run of digits, with an optional decimal part (<c>85.9</c>, <c>1,000</c>).</summary>
    Number,
    /// <summary>One punctuation or symbol character.</summary>
    Symbol,
}

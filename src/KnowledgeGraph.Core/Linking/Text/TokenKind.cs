namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>A run of letters (and combining marks).</summary>
    Word,
    /// <summary>A run of digits, with an optional decimal part (<c>85.9</c>, <c>1,000</c>).</summary>
    Number,
    /// <summary>One punctuation or symbol character.</summary>
    Symbol,
}

namespace KnowledgeGraph.Core.Identity;

/// <summary>An identifier found in free text, normalized, with where it was found.</summary>
/// <param name="Scheme"><c>arxiv</c> or <c>doi</c>, as in <see cref="Model.ExternalIds.Keys"/>.</param>
/// <param name="Value">The normalized id (<c>2104.12255</c>, <c>hep-th/0201143</c>, <c>10.1090/tran/8674</c>).</param>
/// <param name="Index">Where the matched text starts in the input.</param>
/// <param name="Length">How long the matched text is.</param>
public sealed record FoundId(string Scheme, string Value, int Index, int Length)
{
    /// <summary>The id as a store key: <c>arxiv:2104.12255</c>, <c>doi:10.1090/tran/8674</c>.</summary>
    public string Key => Scheme + ":" + Value;
}

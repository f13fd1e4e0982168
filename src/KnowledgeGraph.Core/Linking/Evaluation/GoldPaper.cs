namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// One labeled abstract. Every gold item may list accepted alternatives separated by '|'
/// (<c>"FPNN|flexible parallel neural network"</c>).
/// </summary>
public sealed record GoldPaper
{
    public required string Id { get; init; }
    /// <summary><c>dev</c> (tuned on) or <c>test</c> (held out).</summary>
    public string Split { get; init; } = "dev";
    public string Title { get; init; } = "";
    public string Abstract { get; init; } = "";
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Entities { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<GoldResult> Results { get; init; } = [];
}

using KnowledgeGraph.Core.Linking.Text;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>One proposed-method name with the keys (name, long form, variants) that refer to it.</summary>
internal sealed class ProposedCandidate
{
    public required string Name { get; init; }
    public string? FullName { get; set; }
    public double Confidence { get; set; }
    public required string Surface { get; init; }
    public Sentence Sentence { get; init; }
    public HashSet<string> Keys { get; } = [];
}

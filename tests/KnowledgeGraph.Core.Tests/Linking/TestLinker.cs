using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Linking;

/// <summary>The shipped vocabulary (copied next to the test binary) behind one immutable, thread-safe linker.</summary>
internal static class TestLinker
{
    private static readonly Lazy<PaperLinker> Shared = new(() => PaperLinker.Create());

    public static PaperLinker Instance => Shared.Value;

    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "data", "extraction", "trending-gold.jsonl");

    public static List<EntityLink> Links(RelationshipType type, NodeLabel label, string title, string abstractText) =>
        Instance.Link(title, abstractText).Where(l => l.Type == type && l.Label == label).ToList();

    /// <summary>The results of a text as "metric=value" pairs, sorted and joined by '|': one string to compare.</summary>
    public static string ResultPairs(string title, string abstractText) =>
        string.Join("|", Links(RelationshipType.Reports, NodeLabel.Result, title, abstractText)
            .Select(l => l.Properties!["metric"] + "=" + l.Properties!["value"])
            .Order(StringComparer.Ordinal));
}

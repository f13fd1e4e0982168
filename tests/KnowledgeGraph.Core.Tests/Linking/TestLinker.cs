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
}

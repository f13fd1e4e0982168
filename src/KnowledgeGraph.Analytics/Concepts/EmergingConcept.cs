using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Concepts;

/// <summary>An entity whose share of papers grew: papers in the recent window vs before, and the smoothed share ratio.</summary>
public sealed record EmergingConcept(string Name, NodeLabel Label, int RecentPapers, int EarlierPapers, double Growth);

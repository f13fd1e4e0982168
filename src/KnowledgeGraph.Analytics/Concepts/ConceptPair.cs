using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Concepts;

/// <summary>Two entities linked from the same papers: how many, and how surprising (PMI, natural log).</summary>
public sealed record ConceptPair(string A, NodeLabel LabelA, string B, NodeLabel LabelB, int Papers, double Pmi);

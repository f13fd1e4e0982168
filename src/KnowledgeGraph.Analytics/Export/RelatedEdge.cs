using KnowledgeGraph.Analytics.Recommendations;

namespace KnowledgeGraph.Analytics.Export;

/// <summary>A materialized (Paper)-[:RELATED_TO {rank, score, reasons, parts}]->(Paper) edge.</summary>
public sealed record RelatedEdge(string FromId, string ToId, int Rank, double Score, IReadOnlyList<string> Reasons, ScoreParts Parts);

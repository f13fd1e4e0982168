namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// Where analytics results are written back, so every client of the store (GraphQL, Neo4j Browser users, <c>kg show</c>)
/// sees them: node properties on papers, community labels, and the materialized top-k RELATED_TO edges. Every call is
/// idempotent; each runs in one transaction.
/// </summary>
public interface IAnalyticsResultStore
{
    /// <summary>Sets <c>pagerank</c>, <c>community</c> and <c>citationCount</c> on the given papers.</summary>
    Task WritePaperAnalyticsAsync(IReadOnlyList<PaperAnalytics> papers, CancellationToken cancellationToken = default);

    /// <summary>Replaces every community label with these.</summary>
    Task WriteCommunitiesAsync(IReadOnlyList<CommunitySummary> communities, CancellationToken cancellationToken = default);

    /// <summary>Removes the RELATED_TO edges of each source paper and writes the given ones.</summary>
    Task ReplaceRelatedAsync(IReadOnlyList<string> sourcePaperIds, IReadOnlyList<RelatedPaperEdge> edges, CancellationToken cancellationToken = default);
}

/// <summary>The analytics properties of one paper.</summary>
public sealed record PaperAnalytics(string PaperId, double PageRank, int? Community, int CitationCount);

/// <summary>A community: its id, size and a label made of its top entities and words.</summary>
public sealed record CommunitySummary(int Id, int Size, string Label);

/// <summary>A materialized (Paper)-[:RELATED_TO]->(Paper) recommendation: rank, score, human-readable reasons and score parts (JSON).</summary>
public sealed record RelatedPaperEdge(string FromId, string ToId, int Rank, double Score, IReadOnlyList<string> Reasons, string PartsJson);

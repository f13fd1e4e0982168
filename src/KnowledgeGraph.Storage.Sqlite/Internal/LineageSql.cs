namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// The BUILDS_ON / COMPARES_WITH lineage between papers (A uses, or compares with, a method that B and no other paper
/// proposes), computed for the whole graph at once. The writer keeps lineage current batch by batch (see
/// <see cref="WriterStatements.RefreshLineage"/>); a bulk load instead computes it once when it ends, when the edge
/// index by target is back: per batch it took a fifth of a linked ingest of arxiv-2023 and needs that index.
/// </summary>
internal static class LineageSql
{
    /// <summary>
    /// Removes every lineage edge, then derives them all again. Starts from the PROPOSES edges, found by a range on the
    /// <c>edges_dst</c> index (every proposed entity is a method), so it reads the proposals and their users only.
    /// </summary>
    public const string RefreshAll =
        """
        DELETE FROM edges WHERE type IN ('BUILDS_ON', 'COMPARES_WITH') AND extractor = 'lineage';
        INSERT OR IGNORE INTO edges (src, type, dst, confidence, evidence, evidence_start, surface, extractor, props)
        SELECT a.src, CASE a.type WHEN 'USES' THEN 'BUILDS_ON' ELSE 'COMPARES_WITH' END, b.src,
               min(a.confidence, b.confidence), a.evidence, a.evidence_start, a.surface, 'lineage', json_object('method', a.dst)
        FROM edges b
        JOIN papers pb ON pb.id = b.src AND pb.is_stub = 0
        JOIN edges a ON a.dst = b.dst AND a.type IN ('USES', 'COMPARES_WITH') AND a.src <> b.src
        WHERE b.dst >= 'method:' AND b.dst < 'method;' AND b.type = 'PROPOSES'
          AND (SELECT count(*) FROM edges c WHERE c.dst = b.dst AND c.type = 'PROPOSES') = 1;
        """;
}

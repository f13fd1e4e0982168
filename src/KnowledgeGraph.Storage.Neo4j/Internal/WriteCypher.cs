using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The write statements. Labels and relationship types come from the model's enums (never from input); every value
/// travels as a parameter, in batches of rows unwound by one statement.
/// </summary>
internal static class WriteCypher
{
    public const string Papers = "UNWIND $rows AS row MERGE (p:Paper {id: row.id}) SET p += row.props";

    public const string Keys = "UNWIND $rows AS row MERGE (k:PaperKey {key: row.key}) ON CREATE SET k.paperId = row.paperId";

    public const string Identity =
        "UNWIND $rows AS row MERGE (d:IdentityDecision {paperId: row.paperId, source: row.source, decision: row.decision, otherId: row.otherId}) "
        + "ON CREATE SET d.reason = row.reason";

    /// <summary>Removes the extracted links of papers (relinking); lineage edges to papers are recomputed after.</summary>
    public const string ClearLinks = "UNWIND $ids AS id MATCH (p:Paper {id: id})-[r]->(n) WHERE type(r) IN $types AND NOT n:Paper DELETE r";

    /// <summary>
    /// The lineage edges of the given papers, in both directions, and those through a method one of them proposes (a
    /// second proposer makes the method ambiguous, so the lineage to the first one goes).
    /// </summary>
    public const string ClearLineage = """
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})
        CALL {
          WITH p
          MATCH (p)-[r:BUILDS_ON|COMPARES_WITH]-(:Paper) WHERE r.extractor = 'lineage' RETURN r
          UNION
          WITH p
          MATCH (p)-[:PROPOSES]->(m:Method)<-[:PROPOSES]-(:Paper)<-[r:BUILDS_ON|COMPARES_WITH]-(:Paper)
          WHERE r.extractor = 'lineage' AND r.method = m.id RETURN r
        }
        WITH DISTINCT r DELETE r
        """;

    public static string Nodes(NodeLabel label) =>
        $"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) ON CREATE SET n.name = row.name, n.discovered = row.discovered "
        + "SET n.discovered = n.discovered AND row.discovered, n.props = coalesce(row.props, n.props) SET n += row.fields";

    /// <summary>
    /// Edges of one type between two labels. <paramref name="upsert"/>: refresh the properties of an existing edge
    /// (extracted links); otherwise an existing edge keeps what it has (CITES, AUTHORED_BY, IS_A, …).
    /// </summary>
    public static string Edges(RelationshipType type, NodeLabel from, NodeLabel to, bool upsert) =>
        $"UNWIND $rows AS row MATCH (a:{from} {{id: row.src}}) MATCH (b:{to} {{id: row.dst}}) MERGE (a)-[r:{type.ToGraphName()}]->(b) "
        + (upsert ? "SET r += row.props" : "ON CREATE SET r += row.props");

    /// <summary>
    /// Lineage: A -[:BUILDS_ON]-> B when A uses (A -[:COMPARES_WITH]-> B when A compares with) a method that B, and no
    /// other paper, proposes. Starts from the given papers in both roles, so its cost follows the batch.
    /// </summary>
    public static string AddLineage(RelationshipType linkType, RelationshipType lineageType) => $$"""
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})
        CALL {
          WITH p
          MATCH (p)-[a:{{linkType.ToGraphName()}}]->(m:Method) RETURN p AS user, a, m
          UNION
          WITH p
          MATCH (p)-[:PROPOSES]->(m:Method)<-[a:{{linkType.ToGraphName()}}]-(user:Paper) RETURN user, a, m
        }
        WITH DISTINCT user, a, m
        MATCH (b:Paper)-[pr:PROPOSES]->(m)
        WHERE b <> user AND NOT coalesce(b.isStub, false) AND size([(x:Paper)-[:PROPOSES]->(m) | x]) = 1
        MERGE (user)-[l:{{lineageType.ToGraphName()}}]->(b)
        SET l.extractor = 'lineage', l.method = m.id, l.evidence = a.evidence, l.evidenceStart = a.evidenceStart, l.surface = a.surface,
            l.confidence = CASE WHEN a.confidence < pr.confidence THEN a.confidence ELSE pr.confidence END
        """;
}

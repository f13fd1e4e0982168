namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>Whole-graph reads for analytics and the analytics write-back statements.</summary>
internal static class AnalyticsCypher
{
    public const string Papers = "MATCH (p:Paper) RETURN " + PaperReads.PaperMap + " AS paper ORDER BY p.seq";

    public const string Citations = "MATCH (a:Paper)-[:CITES]->(b:Paper) RETURN a.id AS src, b.id AS dst";

    public const string EntityLinks =
        "MATCH (p:Paper)-[r]->(n) WHERE type(r) IN $types AND NOT n:Paper AND NOT n:Author "
        + "OPTIONAL MATCH (n)-[:IS_A|BROADER]->(parent) "
        + "RETURN p.id AS src, type(r) AS type, labels(n) AS labels, n.name AS name, parent.name AS broader, r.confidence AS confidence";

    public const string WritePapers =
        "UNWIND $rows AS row MATCH (p:Paper {id: row.id}) SET p.pagerank = row.pagerank, p.community = row.community, p.citationCount = row.citationCount";

    public const string ClearCommunities = "MATCH (c:Community) DETACH DELETE c";

    public const string WriteCommunities = "UNWIND $rows AS row MERGE (c:Community {id: row.id}) SET c.size = row.size, c.label = row.label";

    public const string ClearRelated = "UNWIND $ids AS id MATCH (:Paper {id: id})-[r:RELATED_TO]->() DELETE r";

    public const string WriteRelated =
        "UNWIND $rows AS row MATCH (a:Paper {id: row.src}) MATCH (b:Paper {id: row.dst}) MERGE (a)-[r:RELATED_TO]->(b) "
        + "SET r.rank = row.rank, r.score = row.score, r.reasons = row.reasons, r.parts = row.parts, r.extractor = 'related-papers'";
}

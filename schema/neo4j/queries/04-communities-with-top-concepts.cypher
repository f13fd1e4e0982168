// Communities (after `kg analyze` or GDS Louvain) with their size, label and five most mentioned concepts.
MATCH (p:Paper) WHERE p.community IS NOT NULL AND NOT p.isStub
OPTIONAL MATCH (p)-[:MENTIONS]->(c:Concept)
WITH p.community AS community, c.name AS concept, count(DISTINCT p) AS papers
ORDER BY community, papers DESC
WITH community, collect(concept)[..5] AS topConcepts
OPTIONAL MATCH (label:Community {id: community})
RETURN community, label.size AS size, label.label AS label, topConcepts
ORDER BY size DESC;

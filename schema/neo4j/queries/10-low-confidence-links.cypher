// Extracted links to review: the least confident ones, with the sentence that produced them.
MATCH (p:Paper)-[r:USES|PROPOSES|COMPARES_WITH|EVALUATES_ON|ADDRESSES|MENTIONS]->(n)
WHERE r.confidence < 0.6
RETURN p.title AS paper, type(r) AS link, n.name AS entity, r.confidence AS confidence, r.extractor AS extractor, r.evidence AS evidence
ORDER BY confidence LIMIT 50;

// A paper's related papers (materialized by `kg analyze`), with score and reasons.
// :param id => 'arxiv:2312.00752'
MATCH (:Paper {id: $id})-[r:RELATED_TO]->(other:Paper)
RETURN r.rank AS rank, other.title AS paper, r.score AS score, r.reasons AS reasons
ORDER BY rank;

// The most cited papers in the graph, with PageRank when `kg analyze` (or GDS) has run.
MATCH (p:Paper) WHERE NOT p.isStub
RETURN p.title AS paper, p.year AS year, size([(p)<-[:CITES]-() | 1]) AS citations, p.pagerank AS pagerank
ORDER BY citations DESC, pagerank DESC LIMIT 25;

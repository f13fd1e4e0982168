// Papers evaluated on ImageNet, with the results they report on it (metric, value, method).
MATCH (p:Paper)-[e:EVALUATES_ON]->(d:Dataset {id: 'dataset:imagenet'})
OPTIONAL MATCH (p)-[:REPORTS]->(r:Result)-[:ON]->(d)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Metric)
RETURN p.title AS paper, p.year AS year, e.evidence AS evidence, collect(m.name + ' = ' + coalesce(r.value, r.name)) AS results
ORDER BY year DESC, paper;

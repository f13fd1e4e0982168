// A leaderboard: results for one task, dataset and metric, best first.
// :param task => 'task:image-classification'  :param dataset => 'dataset:imagenet'  :param metric => 'metric:top-1-accuracy'
MATCH (p:Paper)-[:ADDRESSES]->(:Task {id: $task})
MATCH (p)-[:REPORTS]->(r:Result)-[:ON]->(:Dataset {id: $dataset})
MATCH (r)-[:MEASURED_BY]->(:Metric {id: $metric})
OPTIONAL MATCH (r)-[:OF]->(m:Method)
RETURN p.title AS paper, m.name AS method, r.value AS value, r.name AS result
ORDER BY toFloat(r.value) DESC;

// For each task, the datasets its papers evaluate on most often.
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:EVALUATES_ON]->(d:Dataset)
WITH t.name AS task, d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY task, papers DESC
RETURN task, collect(dataset + ' (' + papers + ')')[..5] AS datasets;

// The shortest path between two papers through citations, shared methods, datasets and concepts.
// Set the two ids first, e.g.  :param a => 'arxiv:2312.00752'  and  :param b => 'arxiv:2401.09417'
MATCH (a:Paper {id: $a}), (b:Paper {id: $b})
MATCH path = shortestPath((a)-[:CITES|USES|PROPOSES|EVALUATES_ON|MENTIONS|BUILDS_ON*..8]-(b))
RETURN path;

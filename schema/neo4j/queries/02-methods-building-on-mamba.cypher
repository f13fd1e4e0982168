// Methods that build on Mamba: methods IS_A Mamba / state space models, and papers whose proposal uses Mamba.
MATCH (mamba:Method {id: 'method:mamba'})
OPTIONAL MATCH (child:Method)-[:IS_A*1..3]->(mamba)
OPTIONAL MATCH (p:Paper)-[:USES]->(mamba), (p)-[:PROPOSES]->(proposed:Method)
RETURN collect(DISTINCT child.name) AS subtypes, collect(DISTINCT proposed.name + ' (' + p.title + ')') AS builtOnMamba;

// What a paper builds on and compares with (lineage through proposed methods), two steps back.
// :param id => 'arxiv:2401.09417'
MATCH path = (:Paper {id: $id})-[:BUILDS_ON|COMPARES_WITH*1..2]->(:Paper)
RETURN path;

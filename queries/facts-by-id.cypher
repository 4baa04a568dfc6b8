// Facts given by id and ends (as lineage and path find them), each with all its evidence and the
// properties each document gives it.
// :param rows => [{id: 'fact:0123456789abcdef0123', fromId: 'project:proxylessnas', toId: 'project:amc'}]
UNWIND $rows AS r
MATCH (a:Entity {id: r.fromId})-[f]->(b:Entity {id: r.toId})
WHERE f.factId = r.id
OPTIONAL MATCH (ev:Evidence {factId: f.factId})
WITH a, f, b, collect(ev {.path, .doc, .date, .text, .start, .end}) AS evidence
OPTIONAL MATCH (p:FactProperties {factId: f.factId})
RETURN f.factId AS id, type(f) AS rel, a.id AS fromId, b.id AS toId, f.year AS year, f.via AS via,
       evidence AS evidence, collect(p {.path, .keys, .values}) AS properties
ORDER BY id

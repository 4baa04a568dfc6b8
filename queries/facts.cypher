// Facts matching every given criterion (a null parameter matches everything), each with all its
// evidence and the properties each document gives it.
// :param rel => 'PUBLISHED_AT'
// :param fromId => null
// :param toId => null
// :param year => 2019
// :param touching => null
MATCH (a:Entity)-[f]->(b:Entity)
WHERE f.factId IS NOT NULL
  AND ($rel IS NULL OR type(f) = $rel)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
  AND ($year IS NULL OR f.year = $year)
  AND ($touching IS NULL OR a.id = $touching OR b.id = $touching OR f.via = $touching)
OPTIONAL MATCH (ev:Evidence {factId: f.factId})
WITH a, f, b, collect(ev {.path, .doc, .date, .text, .start, .end}) AS evidence
OPTIONAL MATCH (p:FactProperties {factId: f.factId})
RETURN f.factId AS id, type(f) AS rel, a.id AS fromId, b.id AS toId, f.year AS year, f.via AS via,
       evidence AS evidence, collect(p {.path, .keys, .values}) AS properties
ORDER BY id

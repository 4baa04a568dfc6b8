// The PRECEDES chains through a project, up to 10 steps either way, with the sentences stating
// each edge: for reading in Neo4j Browser (the store walks step by step with lineage-down.cypher
// and lineage-up.cypher, so that the depth can be a parameter).
// :param name => 'ProxylessNAS'
MATCH (root:Entity)
WHERE toLower($name) IN root.lookup
CALL {
  WITH root
  MATCH p = (root)-[:PRECEDES*1..10]->(:Entity)
  UNWIND relationships(p) AS f
  RETURN f
  UNION
  WITH root
  MATCH p = (:Entity)-[:PRECEDES*1..10]->(root)
  UNWIND relationships(p) AS f
  RETURN f
}
WITH DISTINCT f
MATCH (a:Entity)-[f]->(b:Entity)
OPTIONAL MATCH (ev:Evidence {factId: f.factId})
RETURN a.name AS from, b.name AS to, collect(ev.text) AS evidence
ORDER BY from, to

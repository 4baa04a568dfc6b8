// The dated news items mentioning a person, lab or project, and its dated facts, in date order.
// :param name => 'Song Han'
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
CALL {
  WITH e
  MATCH (n:NewsItem)-[:MENTIONS]->(e)
  WHERE n.date IS NOT NULL
  RETURN n.date AS date, n.doc AS doc, n.text AS text, 'news' AS kind
  UNION
  WITH e
  MATCH (e)-[f]-(:Entity)
  WHERE f.factId IS NOT NULL AND f.year IS NOT NULL
  OPTIONAL MATCH (ev:Evidence {factId: f.factId})
  WITH f, min(ev.doc) AS doc, min(ev.text) AS text
  RETURN toString(f.year) AS date, doc AS doc, text AS text, type(f) AS kind
}
RETURN date AS date, doc AS doc, text AS text, kind AS kind
ORDER BY date

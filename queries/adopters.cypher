// Who adopted what: company, what was adopted, via which product, year, with the evidence. Either
// filter may be null.
// :param technique => 'HAQ'
// :param company => null
MATCH (c:Entity)-[f:ADOPTED]->(t:Entity)
WHERE ($technique IS NULL OR toLower($technique) IN t.lookup)
  AND ($company IS NULL OR toLower($company) IN c.lookup)
OPTIONAL MATCH (v:Entity {id: f.via})
OPTIONAL MATCH (ev:Evidence {factId: f.factId})
WITH c, t, v, f, ev
ORDER BY ev.doc, ev.start
RETURN c.name AS company, t.name AS adopted, v.name AS via, f.year AS year,
       collect(ev {.doc, .date, .text, .start, .end}) AS evidence
ORDER BY company, adopted, year

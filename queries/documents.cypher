// Every document with the number of facts it gives evidence for.
MATCH (d:Document)
OPTIONAL MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d)
RETURN d.path AS path, d.doc AS doc, d.hash AS hash, d.url AS url, d.ingested AS ingested,
       d.extractorVersion AS extractorVersion, count(DISTINCT ev.factId) AS facts
ORDER BY doc, path

// Removes everything one document contributed: its record, news items, entity statements, evidence
// and fact properties. Returns the facts and entities that may have lost their last support (one
// row when the document was there, none otherwise); the store then deletes those left orphaned.
// :param path => '/pages/song-han.txt'
MATCH (d:Document {path: $path})
OPTIONAL MATCH (d)-[:HAS_NEWS]->(n:NewsItem)
WITH d, collect(n) AS news
OPTIONAL MATCH (x)-[:IN_DOCUMENT]->(d)
WITH d, news, collect(x) AS parts
WITH d, news, parts,
     [x IN parts | {id: x.factId, fromId: x.fromId, toId: x.toId}] AS facts,
     [(d)-[:STATES]->(e:Entity) | e.id] AS stated,
     reduce(ids = [], n IN news | ids + coalesce(n.mentions, [])) AS mentioned
FOREACH (n IN news | DETACH DELETE n)
FOREACH (x IN parts | DETACH DELETE x)
DETACH DELETE d
RETURN facts AS facts, stated + mentioned AS entityIds

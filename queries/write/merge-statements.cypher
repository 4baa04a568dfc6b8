// What one document states about each entity it names: its names, kinds and aliases. The entity's
// merged name, kinds and aliases are recomputed from these (refresh-entities.cypher).
// :param path => '/pages/song-han.txt'
// :param rows => [{id: 'org:amazon', names: ['Amazon'], kinds: ['Company', 'Sponsor'], aliases: ['AWS']}]
MATCH (d:Document {path: $path})
UNWIND $rows AS r
MATCH (e:Entity {id: r.id})
MERGE (d)-[s:STATES]->(e)
SET s.names = r.names, s.kinds = r.kinds, s.aliases = r.aliases

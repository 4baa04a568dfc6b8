// The optional properties one document gives a fact (degree, role, ...), as parallel arrays of
// keys and values. A fact shows the properties of the first document, by path, that gives any.
// :param path => '/pages/song-han.txt'
// :param rows => [{factId: 'fact:0123456789abcdef0123', fromId: 'person:song-han', toId: 'org:stanford', keys: ['degree'], values: ['PhD']}]
MATCH (d:Document {path: $path})
UNWIND $rows AS r
CREATE (p:FactProperties {factId: r.factId, fromId: r.fromId, toId: r.toId, path: $path, keys: r.keys, values: r.values})
CREATE (p)-[:IN_DOCUMENT]->(d)

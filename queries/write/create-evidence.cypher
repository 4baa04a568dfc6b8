// The evidence of one document's facts: one Evidence node per sentence, linked to the document it
// was read from and carrying the fact's id, type and ends, so evidence can be queried by fact, by
// document or by entity. The document's old evidence was removed first (retract-document.cypher).
// :param path => '/pages/song-han.txt'
// :param rows => [{factId: 'fact:0123456789abcdef0123', rel: 'ADOPTED', fromId: 'org:intel', toId: 'technique:haq', doc: 'song-han.txt', date: '2021-06', text: 'Intel integrated HAQ into OpenVINO', start: 7, end: 41}]
MATCH (d:Document {path: $path})
UNWIND $rows AS r
CREATE (ev:Evidence {factId: r.factId, rel: r.rel, fromId: r.fromId, toId: r.toId, path: $path,
                     doc: r.doc, date: r.date, text: r.text, start: r.start, end: r.end})
CREATE (ev)-[:IN_DOCUMENT]->(d)

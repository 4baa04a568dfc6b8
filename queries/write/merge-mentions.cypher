// MENTIONS: a news item names an entity.
// :param rows => [{key: '/pages/song-han.txt#0', id: 'venue:neurips'}]
UNWIND $rows AS r
MATCH (n:NewsItem {key: r.key})
MATCH (e:Entity {id: r.id})
MERGE (n)-[:MENTIONS]->(e)

// One node per entity id that a document names or that its facts and news items refer to.
// :param rows => [{id: 'person:song-han', idLower: 'person:song-han'}]
UNWIND $rows AS r
MERGE (e:Entity {id: r.id})
ON CREATE SET e.idLower = r.idLower

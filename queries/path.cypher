// Every shortest chain of facts, followed in either direction, between two entities: the store
// picks the one whose sequence of entity ids sorts first, and between two entities the fact with
// the smallest id, and refuses chains longer than its limit.
// :param fromId => 'person:song-han'
// :param toId => 'org:nvidia'
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[:PUBLISHED_AT|ADOPTED|SPONSORS|RECEIVED|ADVISED_BY|EDUCATED_AT|AFFILIATED_WITH|PRECEDES|USES*]-(b))
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {id: r.factId, fromId: startNode(r).id, toId: endNode(r).id}] AS facts

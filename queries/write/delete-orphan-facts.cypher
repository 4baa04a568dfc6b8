// Deletes those of the given facts that no evidence supports any more: no fact without evidence.
// :param rows => [{id: 'fact:0123456789abcdef0123', fromId: 'org:intel', toId: 'technique:haq'}]
UNWIND $rows AS r
MATCH (a:Entity {id: r.fromId})-[f]->(b:Entity {id: r.toId})
WHERE f.factId = r.id AND NOT EXISTS { MATCH (ev:Evidence {factId: r.id}) }
DELETE f

// One step of a lineage walk upwards: the PRECEDES facts entering the given projects and the
// predecessors they come from.
// :param frontier => ['project:haq']
UNWIND $frontier AS id
MATCH (b:Entity)-[f:PRECEDES]->(a:Entity {id: id})
RETURN a.id AS node, f.factId AS factId, b.id AS next, b.id AS fromId, a.id AS toId

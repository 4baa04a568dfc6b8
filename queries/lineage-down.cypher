// One step of a lineage walk downwards: the PRECEDES facts leaving the given projects and the
// successors they lead to. The store walks step by step so that the depth can be a parameter
// (variable-length bounds cannot be); lineage.cypher shows whole chains in Neo4j Browser.
// :param frontier => ['project:proxylessnas']
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[f:PRECEDES]->(b:Entity)
RETURN a.id AS node, f.factId AS factId, b.id AS next, a.id AS fromId, b.id AS toId

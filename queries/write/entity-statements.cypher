// Every document's statements about the given entities, from which their merged name, kinds and
// aliases are computed.
// :param ids => ['org:amazon']
UNWIND $ids AS id
MATCH (:Document)-[s:STATES]->(e:Entity {id: id})
RETURN e.id AS id, s.names AS names, s.kinds AS kinds, s.aliases AS aliases

// Deletes those of the given entity nodes that no document names and nothing refers to.
// :param ids => ['org:amazon']
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.name IS NULL AND NOT EXISTS { MATCH (e)--() }
DELETE e

// The named entities with these ids (unknown ids are left out).
// :param ids => ['person:song-han', 'org:mit']
UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
WHERE e.name IS NOT NULL
RETURN DISTINCT e.id AS id, e.name AS name, e.kinds AS kinds, e.aliases AS aliases
ORDER BY id

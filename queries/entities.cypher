// Every entity some document names, with its merged name, kinds and aliases.
MATCH (e:Entity)
WHERE e.name IS NOT NULL
RETURN e.id AS id, e.name AS name, e.kinds AS kinds, e.aliases AS aliases
ORDER BY id

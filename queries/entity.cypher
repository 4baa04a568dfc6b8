// The entities a name resolves to: an id, a name or an alias, case-insensitively.
// :param name => 'ofa'
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
RETURN e.id AS id, e.name AS name, e.kinds AS kinds, e.aliases AS aliases
ORDER BY id

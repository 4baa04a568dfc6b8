// The news items of one document in offset order, with the ids of the entities each mentions.
// :param path => '/pages/song-han.txt'
MATCH (:Document {path: $path})-[:HAS_NEWS]->(n:NewsItem)
RETURN n.position AS position, n.date AS date, n.text AS text, n.start AS start, n.end AS end,
       n.mentions AS mentions
ORDER BY start, end, position

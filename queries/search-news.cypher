// Full-text search of news items through Neo4j's own full-text index (schema.cypher, news_text):
// best first, with the score. The CLI's search uses the Lucene index in the data folder instead.
// :param query => 'point cloud'
// :param limit => 10
CALL db.index.fulltext.queryNodes('news_text', $query, {limit: $limit}) YIELD node, score
RETURN node.date AS date, node.doc AS doc, node.text AS text, score AS score
ORDER BY score DESC

// The news items of one document, keyed by document path and position, with the ids of the
// entities each mentions in the order the page gives them.
// :param path => '/pages/song-han.txt'
// :param rows => [{key: '/pages/song-han.txt#0', position: 0, doc: 'song-han.txt', date: '2022-09', text: 'Sep 2022: ...', start: 0, end: 12, mentions: ['venue:neurips']}]
MATCH (d:Document {path: $path})
UNWIND $rows AS r
MERGE (n:NewsItem {key: r.key})
SET n.path = $path, n.position = r.position, n.doc = r.doc, n.date = r.date, n.text = r.text,
    n.start = r.start, n.end = r.end, n.mentions = r.mentions
MERGE (d)-[:HAS_NEWS]->(n)

// The record of one document, keyed by its absolute source path.
// :param path => '/pages/song-han.txt'
// :param document => {doc: 'song-han.txt', hash: 'abc', url: null, ingested: '2025-03-14T09:26:53.0000000+02:00', extractorVersion: '1', visibleText: 'Song Han ...'}
MERGE (d:Document {path: $path})
SET d.doc = $document.doc,
    d.hash = $document.hash,
    d.url = $document.url,
    d.ingested = $document.ingested,
    d.extractorVersion = $document.extractorVersion,
    d.visibleText = $document.visibleText

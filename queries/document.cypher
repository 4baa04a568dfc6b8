// The record of one document.
// :param path => '/pages/song-han.txt'
MATCH (d:Document {path: $path})
RETURN d.path AS path, d.doc AS doc, d.hash AS hash, d.url AS url, d.ingested AS ingested,
       d.extractorVersion AS extractorVersion

// The visible text of one document: evidence offsets index into it.
// :param path => '/pages/song-han.txt'
MATCH (d:Document {path: $path})
RETURN d.visibleText AS visibleText

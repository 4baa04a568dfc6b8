namespace ResearchGraph.Domain;

/// <summary>A source page as the store records it.</summary>
/// <param name="Path">The absolute source path: the document's key.</param>
/// <param name="Doc">The path relative to the folder given to ingest (the file name when a file was given).</param>
/// <param name="Hash">The SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Url">The page's URL when it names one.</param>
/// <param name="Ingested">When it was ingested.</param>
/// <param name="ExtractorVersion">The extractor version that produced its facts.</param>
public sealed record SourceDocument(string Path, string Doc, string Hash, string? Url, DateTimeOffset Ingested, string ExtractorVersion);

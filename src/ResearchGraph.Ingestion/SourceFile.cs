namespace ResearchGraph.Ingestion;

/// <summary>A file to ingest: its absolute path (the document key) and its name relative to what was given.</summary>
public sealed record SourceFile(string Path, string Doc);

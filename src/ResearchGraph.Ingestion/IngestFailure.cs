namespace ResearchGraph.Ingestion;

/// <summary>A document that could not be ingested, and why.</summary>
public sealed record IngestFailure(string Doc, string Reason);

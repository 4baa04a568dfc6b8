namespace ResearchGraph.Ingestion;

/// <summary>What an ingest did, counted in documents.</summary>
public sealed record IngestReport(int Added, int Updated, int Unchanged, IReadOnlyList<IngestFailure> Failed);

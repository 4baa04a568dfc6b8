namespace ResearchGraph.Ingestion;

/// <summary>Progress of a batch: how many of the documents are done, and the one just finished.</summary>
public sealed record IngestProgress(int Done, int Total, string Doc, IngestOutcome Outcome);

namespace ResearchGraph.Ingestion;

/// <summary>What happened to one document.</summary>
public enum IngestOutcome
{
    Added,
    Updated,
    Unchanged,
    Failed,
}

namespace ResearchGraph.Ingestion;

/// <summary>What happened to one document, why it failed (when it did), and what reading it had to work around.</summary>
/// <param name="Outcome">Added, updated, unchanged or failed.</param>
/// <param name="Reason">Why it failed; null otherwise.</param>
/// <param name="Diagnostics">Notes from decoding and reading (e.g. bytes that were not valid UTF-8); empty when there were none.</param>
public sealed record IngestResult(IngestOutcome Outcome, string? Reason, IReadOnlyList<string> Diagnostics)
{
    /// <summary>A failure with its reason.</summary>
    public static IngestResult Failure(string reason) => new(IngestOutcome.Failed, reason, []);
}

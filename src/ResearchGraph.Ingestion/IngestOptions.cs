using System.ComponentModel.DataAnnotations;

namespace ResearchGraph.Ingestion;

/// <summary>Limits that keep one bad file from harming a batch.</summary>
public sealed class IngestOptions
{
    /// <summary>Files larger than this are rejected with a reason. Default 16 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;
}

using System.ComponentModel.DataAnnotations;

namespace ResearchGraph.Worker;

/// <summary>Where the inbox worker reads and writes, and how eagerly. Validated at start-up.</summary>
public sealed class InboxWorkerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string Section = "Worker";

    /// <summary>The data folder the worker writes (graph, index, writer lock). Default <c>data</c>.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>The folder whose files the worker keeps ingested. Default <c>ingest</c>; created when missing.</summary>
    [Required]
    public string Inbox { get; set; } = "ingest";

    /// <summary>
    /// How often the whole inbox is compared with the graph, catching what file-system events missed
    /// (and what changed while the worker was down, at start). Default 60 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a file's size and modification time must stay the same before it is read, so a
    /// file still being written is not read half-way. Default 1 second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many settled files may wait for ingestion before discovery waits (back-pressure). Default 64.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 64;

    /// <summary>Files larger than this are rejected with a reason. Default 16 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>How many recent failures <see cref="WorkerStatus"/> keeps. Default 20.</summary>
    [Range(1, 10_000)]
    public int RecentFailures { get; set; } = 20;
}

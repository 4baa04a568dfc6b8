namespace ResearchGraph.Worker;

/// <summary>A file of the inbox that could not be ingested, and why.</summary>
/// <param name="Doc">The file's name relative to the inbox.</param>
/// <param name="Path">The file's absolute path.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="At">When it was rejected.</param>
/// <param name="Size">The file's size when it was read, so an unchanged file is not retried.</param>
/// <param name="Modified">The file's last-write time (UTC ticks) when it was read.</param>
public sealed record WorkerFailure(string Doc, string Path, string Reason, DateTimeOffset At, long Size, long Modified);

namespace ResearchGraph.Worker;

/// <summary>The inbox worker's progress at one moment, for a health view.</summary>
/// <param name="State">Starting, running or stopped.</param>
/// <param name="Inbox">The inbox folder, once the worker has started.</param>
/// <param name="Queued">Files settled and waiting to be ingested.</param>
/// <param name="Done">Files handled since start (added, updated, unchanged or forgotten).</param>
/// <param name="Failed">Files rejected since start.</param>
/// <param name="Added">Documents added since start.</param>
/// <param name="Updated">Documents replaced since start.</param>
/// <param name="Forgotten">Documents forgotten since start (their files were deleted).</param>
/// <param name="Current">The file being ingested now, or null.</param>
/// <param name="RecentFailures">The last failures, newest first.</param>
public sealed record WorkerStatusSnapshot(
    WorkerState State,
    string? Inbox,
    int Queued,
    int Done,
    int Failed,
    int Added,
    int Updated,
    int Forgotten,
    string? Current,
    IReadOnlyList<WorkerFailure> RecentFailures);

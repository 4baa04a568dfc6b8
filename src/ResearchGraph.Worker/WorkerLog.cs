using Microsoft.Extensions.Logging;

namespace ResearchGraph.Worker;

/// <summary>The inbox worker's log events. Event ids are stable: scripts and alerts may key on them.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 6001, EventName = "WorkerStarted", Level = LogLevel.Information,
        Message = "Watching {Inbox} for pages; writing {DataFolder}; rescanning every {RescanSeconds} s")]
    public static partial void Started(ILogger logger, string inbox, string dataFolder, double rescanSeconds);

    [LoggerMessage(EventId = 6002, EventName = "WorkerStopped", Level = LogLevel.Information,
        Message = "Stopped: {Done} done, {Failed} failed")]
    public static partial void Stopped(ILogger logger, int done, int failed);

    [LoggerMessage(EventId = 6003, EventName = "DocumentIngested", Level = LogLevel.Information,
        Message = "{Outcome} {Doc}")]
    public static partial void Ingested(ILogger logger, string outcome, string doc);

    [LoggerMessage(EventId = 6004, EventName = "DocumentUnchanged", Level = LogLevel.Debug,
        Message = "Unchanged {Doc}")]
    public static partial void Unchanged(ILogger logger, string doc);

    [LoggerMessage(EventId = 6005, EventName = "DocumentForgotten", Level = LogLevel.Information,
        Message = "Forgot {Doc}: {Why}")]
    public static partial void Forgotten(ILogger logger, string doc, string why);

    [LoggerMessage(EventId = 6006, EventName = "DocumentFailed", Level = LogLevel.Warning,
        Message = "Rejected {Doc}: {Reason}")]
    public static partial void Failed(ILogger logger, string doc, string reason);

    [LoggerMessage(EventId = 6007, EventName = "DocumentReadWithNotes", Level = LogLevel.Warning,
        Message = "Read {Doc} with notes: {Notes}")]
    public static partial void ReadWithNotes(ILogger logger, string doc, string notes);

    [LoggerMessage(EventId = 6008, EventName = "Progress", Level = LogLevel.Information,
        Message = "Progress: {Queued} queued, {Done} done, {Failed} failed")]
    public static partial void Progress(ILogger logger, int queued, int done, int failed);

    [LoggerMessage(EventId = 6009, EventName = "InboxInSync", Level = LogLevel.Information,
        Message = "Inbox in sync: {Documents} documents from the inbox, {Rejected} files rejected")]
    public static partial void InSync(ILogger logger, int documents, int rejected);

    [LoggerMessage(EventId = 6010, EventName = "RescanFoundChanges", Level = LogLevel.Debug,
        Message = "Rescan found {Changes} file(s) to look at")]
    public static partial void RescanFound(ILogger logger, int changes);

    [LoggerMessage(EventId = 6011, EventName = "WatcherFailed", Level = LogLevel.Warning,
        Message = "File-system events unavailable or lost ({Reason}); relying on rescans")]
    public static partial void WatcherFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 6012, EventName = "DocumentAbandoned", Level = LogLevel.Information,
        Message = "Shutting down: abandoned {Doc}; it is picked up again at the next start")]
    public static partial void Abandoned(ILogger logger, string doc);

    [LoggerMessage(EventId = 6013, EventName = "FailureFileNotWritten", Level = LogLevel.Warning,
        Message = "Could not record the failures in {File}: {Reason}")]
    public static partial void FailureFileNotWritten(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6014, EventName = "InboxMissing", Level = LogLevel.Warning,
        Message = "The inbox {Inbox} is missing; nothing is forgotten until it is back")]
    public static partial void InboxMissing(ILogger logger, string inbox);
}

using Microsoft.Extensions.Options;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker;

/// <summary>
/// The inbox worker's live counters, one per host (a singleton), safe to read from any thread: a
/// health endpoint takes a <see cref="Snapshot"/>.
/// </summary>
public sealed class WorkerStatus
{
    private readonly Lock gate = new();
    private readonly LinkedList<WorkerFailure> recent = new();
    private readonly int keep;
    private WorkerState state = WorkerState.Starting;
    private string? inbox;
    private string? current;
    private int queued, done, failed, added, updated, forgotten;

    public WorkerStatus(IOptions<InboxWorkerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        keep = options.Value.RecentFailures;
    }

    /// <summary>A consistent copy of every counter.</summary>
    public WorkerStatusSnapshot Snapshot()
    {
        lock (gate)
        {
            return new WorkerStatusSnapshot(state, inbox, queued, done, failed, added, updated, forgotten, current, recent.ToList());
        }
    }

    internal void Started(string inboxPath)
    {
        lock (gate)
        {
            inbox = inboxPath;
            state = WorkerState.Running;
        }
    }

    internal void Stopped()
    {
        lock (gate)
        {
            state = WorkerState.Stopped;
            current = null;
        }
    }

    internal void Enqueued()
    {
        lock (gate)
        {
            queued++;
        }
    }

    internal void Begin(string doc)
    {
        lock (gate)
        {
            queued = Math.Max(0, queued - 1);
            current = doc;
        }
    }

    internal void Abandoned()
    {
        lock (gate)
        {
            current = null;
        }
    }

    internal void Finished(IngestOutcome outcome)
    {
        lock (gate)
        {
            current = null;
            done++;
            if (outcome == IngestOutcome.Added)
            {
                added++;
            }
            else if (outcome == IngestOutcome.Updated)
            {
                updated++;
            }
        }
    }

    internal void Forgot()
    {
        lock (gate)
        {
            current = null;
            done++;
            forgotten++;
        }
    }

    internal void Rejected(WorkerFailure failure)
    {
        lock (gate)
        {
            current = null;
            failed++;
            recent.AddFirst(failure);
            while (recent.Count > keep)
            {
                recent.RemoveLast();
            }
        }
    }

    internal (int Queued, int Done, int Failed) Counts()
    {
        lock (gate)
        {
            return (queued, done, failed);
        }
    }
}

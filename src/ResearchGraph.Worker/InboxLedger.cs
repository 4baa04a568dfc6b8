using System.Collections.Concurrent;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker;

/// <summary>
/// What the worker knows about each inbox file: the stamp it last handled it at, whether it waits
/// in the queue, and the current failures (persisted in <see cref="WorkerFailureFile"/>). Discovery
/// and ingestion share it.
/// </summary>
internal sealed class InboxLedger
{
    private readonly ConcurrentDictionary<string, FileStamp> settled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkerFailure> failures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly DataFolder folder;

    public InboxLedger(DataFolder folder, InboxFiles inbox)
    {
        this.folder = folder;

        // Failures of files that have not changed since are not retried (nor reported again) after a restart.
        foreach (var f in WorkerFailureFile.Read(folder).Where(f => inbox.Contains(f.Path)))
        {
            failures[f.Path] = f;
            settled[f.Path] = new FileStamp(f.Size, f.Modified);
        }
    }

    public int PendingCount => pending.Count;

    public IEnumerable<string> SettledPaths => settled.Keys;

    public int FailureCount
    {
        get
        {
            lock (gate)
            {
                return failures.Count;
            }
        }
    }

    public bool IsSettledAt(string path, FileStamp stamp) => settled.TryGetValue(path, out var known) && known == stamp;

    public bool IsPending(string path) => pending.ContainsKey(path);

    /// <summary>Marks <paramref name="path"/> queued; false when it already is.</summary>
    public bool TryMarkPending(string path) => pending.TryAdd(path, 0);

    public void ClearPending(string path) => pending.TryRemove(path, out _);

    public void Settle(string path, FileStamp stamp) => settled[path] = stamp;

    public void Unsettle(string path) => settled.TryRemove(path, out _);

    /// <summary>Records the current failure of a file; true when that changed the record (so it is written out).</summary>
    public bool RecordFailure(WorkerFailure failure)
    {
        lock (gate)
        {
            if (failures.TryGetValue(failure.Path, out var known) && known with { At = failure.At } == failure)
            {
                return false;
            }

            failures[failure.Path] = failure;
            return true;
        }
    }

    /// <summary>Drops the failure of a file that now reads, or is gone; true when there was one.</summary>
    public bool ClearFailure(string path)
    {
        lock (gate)
        {
            return failures.Remove(path);
        }
    }

    /// <summary>Writes the current failures into the data folder.</summary>
    public void SaveFailures()
    {
        List<WorkerFailure> copy;
        lock (gate)
        {
            copy = [.. failures.Values];
        }

        WorkerFailureFile.Write(folder, copy);
    }
}

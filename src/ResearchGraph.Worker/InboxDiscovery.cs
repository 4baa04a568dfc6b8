using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ResearchGraph.Graph;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker;

/// <summary>
/// Finds inbox files that need handling and queues each once it has settled. File-system events
/// name candidates quickly; a periodic rescan (and one at start) compares the whole inbox with
/// what was handled and with the graph, catching lost events and changes made while the worker
/// was down. A candidate is queued only when its size and last-write time have stayed the same
/// for the quiet period, so a file still being written is not read half-way.
/// </summary>
internal sealed class InboxDiscovery : IDisposable
{
    private readonly InboxFiles inbox;
    private readonly InboxLedger ledger;
    private readonly IGraphStore store;
    private readonly WorkerStatus status;
    private readonly InboxWorkerOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly ConcurrentQueue<string> events = new();
    private readonly Dictionary<string, Observation> candidates = new(StringComparer.Ordinal);
    private FileSystemWatcher? watcher;
    private volatile bool rescanRequested = true;
    private bool rescannedOnce;
    private bool activeSinceInSync = true;

    public InboxDiscovery(InboxFiles inbox, InboxLedger ledger, IGraphStore store, WorkerStatus status, InboxWorkerOptions options, ILogger logger, TimeProvider time)
    {
        this.inbox = inbox;
        this.ledger = ledger;
        this.store = store;
        this.status = status;
        this.options = options;
        this.logger = logger;
        this.time = time;
    }

    /// <summary>Runs until cancelled, writing settled paths to <paramref name="queue"/> (waiting when it is full).</summary>
    public async Task RunAsync(ChannelWriter<string> queue, CancellationToken cancellationToken)
    {
        StartWatcher();
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(options.QuietPeriod.TotalMilliseconds / 4, 25, 250));
        var nextRescan = time.GetUtcNow();
        using var timer = new PeriodicTimer(tick, time);
        do
        {
            var now = time.GetUtcNow();
            while (events.TryDequeue(out var path))
            {
                Observe(path, now);
            }

            if (rescanRequested || now >= nextRescan)
            {
                rescanRequested = false;
                nextRescan = now + options.RescanInterval;
                await RescanAsync(now, cancellationToken).ConfigureAwait(false);
            }

            await ReleaseSettledAsync(queue, now, cancellationToken).ConfigureAwait(false);
            await ReportInSyncAsync(cancellationToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }

    public void Dispose() => watcher?.Dispose();

    private void StartWatcher()
    {
        try
        {
            watcher = new FileSystemWatcher(inbox.Root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => OnEvent(e.FullPath);
            watcher.Changed += (_, e) => OnEvent(e.FullPath);
            watcher.Deleted += (_, e) => OnEvent(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                OnEvent(e.OldFullPath);
                OnEvent(e.FullPath);
            };
            watcher.Error += (_, e) =>
            {
                // Events were lost (the buffer overflowed, say): a rescan finds what they said.
                WorkerLog.WatcherFailed(logger, e.GetException().Message);
                rescanRequested = true;
            };
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // Out of inotify instances, say: the periodic rescan still finds every change, only later.
            WorkerLog.WatcherFailed(logger, e.Message);
            watcher?.Dispose();
            watcher = null;
        }
    }

    private void OnEvent(string path)
    {
        if (inbox.IsPage(path))
        {
            events.Enqueue(path);
        }
        else if (inbox.Contains(path) && (Directory.Exists(path) || Path.GetExtension(path).Length == 0))
        {
            // A folder moved in, out or away: its files raise no events of their own.
            rescanRequested = true;
        }
    }

    private void Observe(string path, DateTimeOffset now)
    {
        if (!candidates.ContainsKey(path))
        {
            candidates[path] = new Observation(FileStamp.Of(path), now);
        }
    }

    private async Task RescanAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(inbox.Root))
        {
            WorkerLog.InboxMissing(logger, inbox.Root);
            return;
        }

        var before = candidates.Count;
        var (files, _) = SourceDiscovery.Expand([inbox.Root]);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => inbox.IsPage(f.Path)))
        {
            present.Add(file.Path);
            if (FileStamp.Of(file.Path) is { } stamp && !ledger.IsSettledAt(file.Path, stamp) && !ledger.IsPending(file.Path))
            {
                Observe(file.Path, now);
            }
        }

        // Documents (or failures) whose files are gone: deleted while the worker was down, or an event was lost.
        var documents = await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var path in documents.Select(d => d.Document.Path).Concat(ledger.SettledPaths))
        {
            if (inbox.Contains(path) && !present.Contains(path) && !ledger.IsPending(path))
            {
                Observe(path, now);
            }
        }

        rescannedOnce = true;
        WorkerLog.RescanFound(logger, candidates.Count - before);
    }

    private async Task ReleaseSettledAsync(ChannelWriter<string> queue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<string>? ready = null;
        foreach (var (path, seen) in candidates)
        {
            var stamp = FileStamp.Of(path);
            if (stamp != seen.Stamp)
            {
                candidates[path] = new Observation(stamp, now);
            }
            else if (IsQuiet(seen, now))
            {
                (ready ??= []).Add(path);
            }
        }

        foreach (var path in ready ?? [])
        {
            var stamp = candidates[path].Stamp;
            candidates.Remove(path);
            if (stamp is { } s && ledger.IsSettledAt(path, s))
            {
                continue;
            }

            if (ledger.TryMarkPending(path))
            {
                activeSinceInSync = true;
                status.Enqueued();
                await queue.WriteAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private bool IsQuiet(Observation seen, DateTimeOffset now)
    {
        if (now - seen.Since >= options.QuietPeriod)
        {
            return true;
        }

        // Seen unchanged at an earlier tick and last written longer ago than the quiet period (a
        // file that was there before the worker started, say): no need to wait again.
        return seen.Since < now && seen.Stamp is { } stamp && now - stamp.ModifiedAt >= options.QuietPeriod;
    }

    private async Task ReportInSyncAsync(CancellationToken cancellationToken)
    {
        if (!activeSinceInSync || !rescannedOnce || candidates.Count > 0 || ledger.PendingCount > 0 || status.Snapshot().Current is not null)
        {
            return;
        }

        activeSinceInSync = false;
        var documents = await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var fromInbox = documents.Count(d => inbox.Contains(d.Document.Path));
        WorkerLog.InSync(logger, fromInbox, ledger.FailureCount);
    }

    private readonly record struct Observation(FileStamp? Stamp, DateTimeOffset Since);
}

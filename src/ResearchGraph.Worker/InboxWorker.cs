using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker;

/// <summary>
/// Keeps the documents whose files lie under the inbox equal to the files there: a new file is
/// ingested, a changed one (by content hash) replaced, a deleted one forgotten; documents ingested
/// from elsewhere are left alone. Holds the data folder's writer lock from start to stop.
/// Discovery (<see cref="InboxDiscovery"/>) feeds one ingestion loop through a bounded channel, so
/// a burst of files waits on disk rather than in memory. On stop the document being ingested is
/// either finished or abandoned whole (the graph transaction rolls back) and picked up at the next
/// start; a kill at any moment is repaired by the ingestor's reconcile on open.
/// </summary>
public sealed class InboxWorker : BackgroundService
{
    private const int ProgressEvery = 25;

    private readonly InboxWorkerOptions options;
    private readonly WorkerStatus status;
    private readonly ILogger<InboxWorker> logger;
    private readonly TimeProvider time;
    private Ingestor? ingestor;
    private InboxFiles? inbox;
    private InboxLedger? ledger;
    private DataFolder? folder;

    public InboxWorker(IOptions<InboxWorkerOptions> options, WorkerStatus status, ILogger<InboxWorker> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options.Value;
        this.status = status;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Takes the writer lock and opens graph and index (repairing any disagreement a crash left)
    /// before the host reports started; throws <see cref="DataFolderLockedException"/> when another
    /// writer holds the data folder.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        folder = new DataFolder(options.DataFolder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Inbox));
        Directory.CreateDirectory(root);
        inbox = new InboxFiles(root);
        ingestor = await Ingestor.OpenAsync(folder, "the ingestion worker (watching " + root + ")", options: new IngestOptions { MaxFileBytes = options.MaxFileBytes }, time: time, cancellationToken: cancellationToken).ConfigureAwait(false);
        ledger = new InboxLedger(folder, inbox);
        status.Started(root);
        WorkerLog.Started(logger, root, folder.Root, options.RescanInterval.TotalSeconds);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        var (_, done, failed) = status.Counts();
        status.Stopped();
        if (ingestor is not null && ExecuteTask is not { IsCompleted: false })
        {
            await ingestor.DisposeAsync().ConfigureAwait(false);
            ingestor = null;
        }

        WorkerLog.Stopped(logger, done, failed);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (ingestor is null || inbox is null || ledger is null)
        {
            throw new InvalidOperationException("The worker was not started.");
        }

        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var discovery = new InboxDiscovery(inbox, ledger, ingestor.Store, status, options, logger, time);
        var discovering = Guard(discovery.RunAsync(queue.Writer, stop.Token), stop);
        var ingesting = Guard(IngestAsync(ingestor, inbox, ledger, queue.Reader, stop.Token), stop);
        try
        {
            await Task.WhenAll(discovering, ingesting).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: both loops have ended.
        }
    }

    /// <summary>When one loop fails the other is stopped too, and the failure reaches the host (which stops).</summary>
    private static async Task Guard(Task loop, CancellationTokenSource stop)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task IngestAsync(Ingestor writer, InboxFiles files, InboxLedger known, ChannelReader<string> queue, CancellationToken cancellationToken)
    {
        await foreach (var path in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var doc = files.DocName(path);
            status.Begin(doc);
            known.ClearPending(path);
            try
            {
                await HandleAsync(writer, known, path, doc, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                WorkerLog.Abandoned(logger, doc);
                status.Abandoned();
                throw;
            }

            var (queued, done, failed) = status.Counts();
            if (queue.Count == 0 || (done + failed) % ProgressEvery == 0)
            {
                WorkerLog.Progress(logger, queued, done, failed);
            }
        }
    }

    private async Task HandleAsync(Ingestor writer, InboxLedger known, string path, string doc, CancellationToken cancellationToken)
    {
        if (FileStamp.Of(path) is not { } stamp)
        {
            known.Unsettle(path);
            SaveFailuresIf(known.ClearFailure(path), known);
            if (await writer.Store.FindDocumentAsync(path, cancellationToken).ConfigureAwait(false) is not null)
            {
                await writer.ForgetAsync(path, cancellationToken).ConfigureAwait(false);
                WorkerLog.Forgotten(logger, doc, "the file was deleted");
                status.Forgot();
            }
            else
            {
                status.Abandoned();
            }

            return;
        }

        var result = await writer.IngestDocumentAsync(new SourceFile(path, doc), force: false, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == IngestOutcome.Failed)
        {
            // The graph must not go on claiming what a file that no longer reads once said.
            if (await writer.Store.FindDocumentAsync(path, cancellationToken).ConfigureAwait(false) is not null)
            {
                await writer.ForgetAsync(path, cancellationToken).ConfigureAwait(false);
                WorkerLog.Forgotten(logger, doc, "the file can no longer be read");
            }

            var failure = new WorkerFailure(doc, path, result.Reason ?? "unknown", time.GetUtcNow(), stamp.Size, stamp.Modified);
            known.Settle(path, stamp);
            SaveFailuresIf(known.RecordFailure(failure), known);
            WorkerLog.Failed(logger, doc, failure.Reason);
            status.Rejected(failure);
            return;
        }

        known.Settle(path, stamp);
        SaveFailuresIf(known.ClearFailure(path), known);
        if (result.Diagnostics.Count > 0)
        {
            var notes = string.Join("; ", result.Diagnostics);
            WorkerLog.ReadWithNotes(logger, doc, notes);
        }

        if (result.Outcome == IngestOutcome.Unchanged)
        {
            WorkerLog.Unchanged(logger, doc);
        }
        else
        {
            WorkerLog.Ingested(logger, result.Outcome == IngestOutcome.Added ? "Added" : "Updated", doc);
        }

        status.Finished(result.Outcome);
    }

    private void SaveFailuresIf(bool changed, InboxLedger known)
    {
        if (!changed || folder is null)
        {
            return;
        }

        try
        {
            known.SaveFailures();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The live status still has them; only the record for status after a restart is missing.
            WorkerLog.FailureFileNotWritten(logger, WorkerFailureFile.PathIn(folder), e.Message);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        if (ingestor is not null && ExecuteTask is not { IsCompleted: false })
        {
            ingestor.DisposeAsync().AsTask().GetAwaiter().GetResult();
            ingestor = null;
        }
    }
}

using System.Diagnostics;
using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Ingestion;
using ResearchGraph.Search;
using ResearchGraph.Worker.Tests.Support;

namespace ResearchGraph.Worker.Tests;

public sealed class InboxWorkerTests
{
    private static Task<IReadOnlyList<Fact>> AdoptionsOfAsync(IGraphStore store, string project) =>
        store.FindFactsAsync(new FactQuery(Rel: FactType.ADOPTED, To: project));

    [Fact]
    public async Task A_new_page_is_ingested_within_seconds()
    {
        await using var worker = await RunningWorker.StartAsync();
        Assert.True(await worker.InSyncAfterAsync(0));
        var clock = Stopwatch.StartNew();
        worker.Write("ada.txt", Pages.Ada);

        Assert.True(await worker.EventuallyAsync(async store => (await AdoptionsOfAsync(store, "project:fastnet")).Count == 1, seconds: 5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(await worker.EventuallyAsync(() => worker.Status.Snapshot() is { Added: 1, Current: null }));

        using var index = SearchIndexReader.Open(worker.Data.IndexDirectory);
        Assert.True(await worker.EventuallyAsync(() => index.Search(new SearchRequest("TensorRT")).Total == 1));
    }

    [Fact]
    public async Task Pages_there_before_the_start_are_ingested_and_named_relative_to_the_inbox()
    {
        await using var worker = await RunningWorker.StartAsync(before: f =>
        {
            Directory.CreateDirectory(f.Sub("inbox/people"));
            File.WriteAllText(f.Sub("inbox/people/ada.txt"), Pages.Ada);
            File.WriteAllText(f.Sub("inbox/.ada.txt.swp"), "an editor's swap file");
        });

        Assert.True(await worker.InSyncAfterAsync(0));
        Assert.True(await worker.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Select(d => d.Document.Doc).SequenceEqual(["people/ada.txt"])));
    }

    [Fact]
    public async Task A_changed_page_retracts_what_it_no_longer_says()
    {
        await using var worker = await RunningWorker.StartAsync();
        var path = worker.Write("ada.txt", Pages.Ada);
        Assert.True(await worker.EventuallyAsync(async store => (await AdoptionsOfAsync(store, "project:swiftseg")).Count == 1));

        File.WriteAllText(path, Pages.AdaRevised);

        Assert.True(await worker.EventuallyAsync(async store => (await AdoptionsOfAsync(store, "project:swiftseg")).Count == 0));
        Assert.True(await worker.EventuallyAsync(async store => (await AdoptionsOfAsync(store, "project:fastnet")).Count == 1));
        Assert.True(await worker.EventuallyAsync(() => worker.Status.Snapshot().Updated == 1));
        using var index = SearchIndexReader.Open(worker.Data.IndexDirectory);
        Assert.True(await worker.EventuallyAsync(() => index.Search(new SearchRequest("SwiftSeg")).Total == 0));
    }

    [Fact]
    public async Task A_deleted_page_is_forgotten_and_shared_facts_keep_their_other_evidence()
    {
        await using var worker = await RunningWorker.StartAsync();
        var ada = worker.Write("ada.txt", Pages.Ada);
        worker.Write("bo.txt", Pages.Bo);
        Assert.True(await worker.EventuallyAsync(async store =>
            (await AdoptionsOfAsync(store, "project:fastnet")).SingleOrDefault()?.Evidence.Count == 2));

        File.Delete(ada);

        Assert.True(await worker.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Count == 1));
        await using var read = await Graph.Sqlite.SqliteGraphStore.OpenAsync(worker.Data.GraphFile, readOnly: true);
        var fastnet = Assert.Single(await AdoptionsOfAsync(read, "project:fastnet"));
        Assert.Equal("bo.txt", Assert.Single(fastnet.Evidence).Doc);
        Assert.Empty(await AdoptionsOfAsync(read, "project:swiftseg"));
        Assert.True(await worker.EventuallyAsync(() => worker.Status.Snapshot().Forgotten == 1));
        Assert.Equal(1, worker.Log.Count(6005, "ada.txt"));
    }

    [Fact]
    public async Task Documents_ingested_from_elsewhere_are_left_alone()
    {
        using var folder = new TemporaryFolder();
        var elsewhere = folder.Sub("elsewhere.txt");
        File.WriteAllText(elsewhere, Pages.Bo);
        await using (var ingestor = await Ingestor.OpenAsync(new DataFolder(folder.Sub("data")), "test"))
        {
            await ingestor.IngestAsync([elsewhere], force: false);
        }

        await using var worker = await RunningWorker.StartAsync(folder);
        worker.Write("ada.txt", Pages.Ada);
        Assert.True(await worker.InSyncAfterAsync(0));
        Assert.True(await worker.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Count == 2));
        Assert.True(await worker.EventuallyAsync(async store => await store.FindDocumentAsync(elsewhere) is not null));
    }

    [Fact]
    public async Task Pages_deleted_while_the_worker_was_down_are_forgotten_at_start()
    {
        using var folder = new TemporaryFolder();
        await using (var first = await RunningWorker.StartAsync(folder))
        {
            first.Write("ada.txt", Pages.Ada);
            first.Write("bo.txt", Pages.Bo);
            Assert.True(await first.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Count == 2));
        }

        File.Delete(folder.Sub("inbox/ada.txt"));
        await using var second = await RunningWorker.StartAsync(folder);
        Assert.True(await second.InSyncAfterAsync(0));
        Assert.True(await second.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Select(d => d.Document.Doc).SequenceEqual(["bo.txt"])));
        Assert.Equal(0, second.Status.Snapshot().Added);
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_read_until_it_is_quiet()
    {
        await using var worker = await RunningWorker.StartAsync(configure: o => o.QuietPeriod = TimeSpan.FromMilliseconds(800));
        Assert.True(await worker.InSyncAfterAsync(0));
        var path = Path.Combine(worker.Inbox, "ada.txt");
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            var half = Pages.Ada.Length / 2;
            for (var i = 0; i < 6; i++)
            {
                // A slow writer: a piece every 300 ms, each well within the quiet period.
                var piece = Pages.Ada[(i * half / 3)..((i + 1) * half / 3)];
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(piece));
                await stream.FlushAsync();
                await Task.Delay(300);
            }

            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Pages.Ada[(2 * half)..]));
        }

        Assert.True(await worker.EventuallyAsync(async store => (await AdoptionsOfAsync(store, "project:swiftseg")).Count == 1));
        Assert.True(await worker.InSyncAfterAsync(1));
        var status = worker.Status.Snapshot();
        Assert.True(status is { Added: 1, Updated: 0, Failed: 0 }, status.ToString());
    }

    [Fact]
    public async Task While_the_worker_runs_another_writer_is_refused_with_a_message_naming_it()
    {
        await using var worker = await RunningWorker.StartAsync();

        var refused = await Assert.ThrowsAsync<DataFolderLockedException>(() => Ingestor.OpenAsync(worker.Data, "ingest"));

        Assert.Contains("the ingestion worker", refused.Message, StringComparison.Ordinal);
        Assert.Contains(worker.Inbox, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_worker_on_the_same_data_folder_fails_to_start()
    {
        using var folder = new TemporaryFolder();
        await using var first = await RunningWorker.StartAsync(folder);

        var refused = await Assert.ThrowsAsync<DataFolderLockedException>(() => RunningWorker.StartAsync(folder));

        Assert.Contains("the ingestion worker", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_releases_the_writer_lock()
    {
        using var folder = new TemporaryFolder();
        await using (var worker = await RunningWorker.StartAsync(folder))
        {
            worker.Write("ada.txt", Pages.Ada);
            Assert.True(await worker.EventuallyAsync(() => worker.Status.Snapshot().Added == 1));
            await worker.StopAsync();
            Assert.Equal(WorkerState.Stopped, worker.Status.Snapshot().State);
            Assert.Equal(1, worker.Log.Count(6002));
        }

        await using var ingestor = await Ingestor.OpenAsync(new DataFolder(folder.Sub("data")), "ingest");
        Assert.NotNull(await ingestor.Store.FindDocumentAsync(folder.Sub("inbox/ada.txt")));
    }
}

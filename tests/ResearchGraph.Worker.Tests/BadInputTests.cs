using System.Text;
using ResearchGraph.Worker.Tests.Support;

namespace ResearchGraph.Worker.Tests;

public sealed class BadInputTests
{
    private const int Limit = 4 * 1024 * 1024;

    private static readonly string[] Rejected = ["binary.html", "empty.md", "huge.txt", "controls.txt"];

    /// <summary>Writes a batch of bad files (and two good pages) into the inbox.</summary>
    private static void WriteBadBatch(TemporaryFolder folder)
    {
        var inbox = folder.Sub("inbox");
        var random = new Random(7);
        var binary = new byte[4096];
        random.NextBytes(binary);
        binary[10] = 0;
        File.WriteAllBytes(Path.Combine(inbox, "binary.html"), binary);
        File.WriteAllBytes(Path.Combine(inbox, "empty.md"), []);
        File.WriteAllText(Path.Combine(inbox, "huge.txt"), Pages.Bo + new string('x', Limit));
        File.WriteAllText(Path.Combine(inbox, "controls.txt"), new string('\u0001', 500) + "Ada");

        var invalid = Encoding.UTF8.GetBytes(Pages.Bo).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 }).Concat(Encoding.UTF8.GetBytes("\nMore text.\n")).ToArray();
        File.WriteAllBytes(Path.Combine(inbox, "invalid-utf8.txt"), invalid);

        var nested = new StringBuilder("<html><body>");
        nested.Insert(nested.Length, "<div>", 50_000).Append("<p>Deep Thought is adopted by NVIDIA TensorRT.</p>").Insert(nested.Length, "</div>", 50_000).Append("</body></html>");
        File.WriteAllText(Path.Combine(inbox, "nested.html"), nested.ToString());
        File.WriteAllText(Path.Combine(inbox, "long-line.txt"), "Cai Marlow\n\n" + string.Concat(Enumerable.Repeat("the model runs fast on small chips and ", 26_000)) + "FastNet is adopted by NVIDIA TensorRT.\n");
        File.WriteAllText(Path.Combine(inbox, "ada.txt"), Pages.Ada);
    }

    [Fact]
    public async Task A_batch_of_bad_files_is_survived_and_each_is_reported_once_with_a_reason()
    {
        using var folder = new TemporaryFolder();
        await using (var worker = await RunningWorker.StartAsync(folder, WriteBadBatch, o => o.MaxFileBytes = Limit))
        {
            Assert.True(await worker.InSyncAfterAsync(0, seconds: 60), string.Join('\n', worker.Log.Entries.Select(e => e.Message)));
            await Task.Delay(TimeSpan.FromSeconds(2.5)); // two more rescans: nothing is reported again

            foreach (var name in Rejected)
            {
                Assert.Equal(1, worker.Log.Count(6006, name));
            }

            var status = worker.Status.Snapshot();
            Assert.True(Rejected.Length == status.Failed, string.Join('\n', status.RecentFailures));
            Assert.Equal(4, status.Added);
            Assert.Equal(Rejected.Order(), status.RecentFailures.Select(f => f.Doc).Order());
            Assert.Contains("over the limit of 4194304 bytes", status.RecentFailures.Single(f => f.Doc == "huge.txt").Reason, StringComparison.Ordinal);
            Assert.Contains("empty", status.RecentFailures.Single(f => f.Doc == "empty.md").Reason, StringComparison.Ordinal);
            Assert.Contains("binary", status.RecentFailures.Single(f => f.Doc == "binary.html").Reason, StringComparison.Ordinal);
            Assert.Equal(1, worker.Log.Count(6007, "invalid-utf8.txt"));
            Assert.Contains(worker.Log.Entries, e => e.Id.Id == 6007 && e.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
            Assert.True(await worker.EventuallyAsync(async store => (await store.ListDocumentsAsync()).Select(d => d.Document.Doc).Order().SequenceEqual(["ada.txt", "invalid-utf8.txt", "long-line.txt", "nested.html"])));
            Assert.Equal(Rejected.Order(), WorkerFailureFile.Read(worker.Data).Select(f => f.Doc).Order());
        }

        // After a restart the unchanged bad files are not tried (nor reported) again; a mended one goes in.
        await using var again = await RunningWorker.StartAsync(folder, configure: o => o.MaxFileBytes = Limit);
        Assert.True(await again.InSyncAfterAsync(0, seconds: 30));
        Assert.Equal(0, again.Log.Count(6006));
        File.WriteAllText(Path.Combine(again.Inbox, "empty.md"), Pages.Bo);
        Assert.True(await again.EventuallyAsync(() => WorkerFailureFile.Read(again.Data).All(f => f.Doc != "empty.md")));
        Assert.True(await again.EventuallyAsync(async store => await store.FindDocumentAsync(Path.Combine(again.Inbox, "empty.md")) is not null));
        Assert.Equal(Rejected.Length - 1, WorkerFailureFile.Read(again.Data).Count);
    }

    [Fact]
    public async Task A_page_that_turns_unreadable_is_forgotten_and_reported()
    {
        await using var worker = await RunningWorker.StartAsync();
        var path = worker.Write("ada.txt", Pages.Ada);
        Assert.True(await worker.EventuallyAsync(async store => await store.FindDocumentAsync(path) is not null));

        File.WriteAllBytes(path, [0x00, 0x01, 0x02, 0x00]);

        Assert.True(await worker.EventuallyAsync(async store => await store.FindDocumentAsync(path) is null));
        Assert.True(await worker.EventuallyAsync(() => worker.Log.Count(6006, "ada.txt") == 1));
        Assert.Equal(1, worker.Log.Count(6005, "no longer be read"));
    }
}

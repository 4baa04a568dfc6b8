using System.Text.Json;
using ResearchGraph.EndToEnd.Tests.Support;

namespace ResearchGraph.EndToEnd.Tests;

/// <summary>The worker and status commands of the real CLI.</summary>
[Collection(CliCollection.Name)]
public sealed class WorkerCommandTests
{
    [Fact]
    public void While_the_worker_runs_ingest_fails_naming_it_and_status_shows_writer_and_rejected_files()
    {
        using var temp = new TemporaryFolder();
        var inbox = temp.File("inbox");
        var data = temp.File("data");
        Directory.CreateDirectory(inbox);
        File.Copy(Repository.Corpus("song-han.txt"), Path.Combine(inbox, "song-han.txt"));
        File.WriteAllBytes(Path.Combine(inbox, "empty.md"), []);
        var elsewhere = temp.File("elsewhere.txt");
        File.WriteAllText(elsewhere, "Ada Quill\n\nAda Quill leads the Frugal Learning Group.\n\nNews\n\nOct 2024: FastNet is adopted by NVIDIA TensorRT.\n");

        using (var worker = WorkerProcess.Start(data, inbox, "--quiet", "0.1"))
        {
            Assert.True(worker.WaitFor("Inbox in sync", TimeSpan.FromSeconds(60)), worker.Log);

            var ingest = CliRun.Of("--data", data, "ingest", elsewhere);
            Assert.Equal(1, ingest.ExitCode);
            Assert.Contains("being written by the ingestion worker", ingest.Stderr, StringComparison.Ordinal);
            Assert.Contains($"pid {worker.Id}", ingest.Stderr, StringComparison.Ordinal);

            var status = CliRun.Of("--data", data, "status", "--json").Succeeded().Json;
            Assert.Contains("the ingestion worker", status.GetProperty("writer").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, status.GetProperty("documents").GetInt32());
            var failure = Assert.Single(status.GetProperty("failures").EnumerateArray());
            Assert.Equal("empty.md", failure.GetProperty("doc").GetString());
            Assert.Equal("the file is empty", failure.GetProperty("reason").GetString());

            Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(30)));
            Assert.Single(worker.Lines, l => l.Contains("Rejected empty.md: the file is empty", StringComparison.Ordinal));
        }

        // Stopped: the writer is gone, the rejected file is still on record, and ingest may write again.
        var after = CliRun.Of("--data", data, "status").Succeeded();
        Assert.Contains("writer: none", after.Stdout, StringComparison.Ordinal);
        Assert.Contains("empty.md: the file is empty", after.Stdout, StringComparison.Ordinal);
        CliRun.Of("--data", data, "ingest", elsewhere).Succeeded();
    }

    [Fact]
    public void The_worker_refuses_to_start_while_another_writer_holds_the_data_folder()
    {
        using var temp = new TemporaryFolder();
        var data = temp.File("data");
        using var first = WorkerProcess.Start(data, temp.File("a"), "--quiet", "0.1");
        Assert.True(first.WaitFor("[6001]", TimeSpan.FromSeconds(60)), first.Log);

        var second = CliRun.Of("--data", data, "worker", "--inbox", temp.File("b"));

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("being written by the ingestion worker", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_options_out_of_range_are_usage_errors()
    {
        var run = CliRun.Of("worker", "--rescan", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rescan", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_of_an_empty_data_folder_says_it_holds_nothing()
    {
        using var temp = new TemporaryFolder();

        var status = CliRun.Of("--data", temp.File("data"), "status", "--json").Succeeded().Json;

        Assert.Equal(0, status.GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("writer").ValueKind);
        Assert.Empty(status.GetProperty("failures").EnumerateArray());
    }
}

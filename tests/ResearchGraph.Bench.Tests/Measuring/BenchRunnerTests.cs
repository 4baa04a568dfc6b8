using System.Text.Json;
using ResearchGraph.Bench.Measuring;
using ResearchGraph.Bench.Tests.Support;

namespace ResearchGraph.Bench.Tests.Measuring;

public sealed class BenchRunnerTests
{
    [Fact]
    public async Task A_tiny_run_reports_every_figure_in_the_documented_json_shape()
    {
        var report = await BenchRunner.RunAsync(new BenchOptions { Docs = 20, Queries = 15 });
        using var json = JsonDocument.Parse(BenchJson.Serialize(report));
        var root = json.RootElement;

        Assert.Equal(20, root.GetProperty("docs").GetInt32());
        Assert.True(root.GetProperty("bytes").GetInt64() > 20 * 1000);
        var ingest = root.GetProperty("ingest");
        AssertThroughput(ingest);
        var stages = ingest.GetProperty("stages");
        foreach (var stage in new[] { "read", "extract", "graph_write", "index_write" })
        {
            AssertThroughput(stages.GetProperty(stage));
        }

        AssertThroughput(root.GetProperty("lucene_baseline"));
        Assert.True(root.GetProperty("ratio_to_lucene").GetDouble() > 0);
        var queries = root.GetProperty("queries");
        Assert.Equal(["search", "lineage", "adopters", "path", "entity"], queries.EnumerateObject().Select(p => p.Name));
        foreach (var q in queries.EnumerateObject())
        {
            var p50 = q.Value.GetProperty("p50_ms").GetDouble();
            var p99 = q.Value.GetProperty("p99_ms").GetDouble();
            Assert.InRange(p50, 0, p99);
            Assert.Equal(15, q.Value.GetProperty("count").GetInt32());
        }

        Assert.True(root.GetProperty("peak_rss_mb").GetDouble() > 0);
        Assert.True(root.GetProperty("extract_mb_per_s_per_core").GetDouble() > 0);
        Assert.True(root.GetProperty("graph").GetProperty("facts").GetInt64() > 0);
    }

    [Fact]
    public async Task Keep_leaves_the_corpus_and_the_ingested_data_folder()
    {
        using var keep = new TemporaryFolder();
        var report = await BenchRunner.RunAsync(new BenchOptions { Docs = 5, Queries = 3, Keep = keep.Path });

        Assert.Equal(5, Directory.EnumerateFiles(Path.Combine(keep.Path, "corpus"), "*", SearchOption.AllDirectories).Count());
        Assert.True(File.Exists(Path.Combine(keep.Path, "data", "graph.db")));
        Assert.Equal(5, report.Ingest.Stages.TimedDocs);
    }

    [Fact]
    public async Task Stage_docs_times_the_stages_on_a_sample_and_ingests_every_page()
    {
        var report = await BenchRunner.RunAsync(new BenchOptions { Docs = 12, Queries = 3, StageDocs = 4 });

        Assert.Equal(12, report.Docs);
        Assert.Equal(4, report.Ingest.Stages.TimedDocs);
        Assert.Contains("stages timed on 4 pages", BenchText.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_refuses_a_folder_that_is_not_empty()
    {
        using var keep = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(keep.Path, "notes.txt"), "mine");

        await Assert.ThrowsAsync<ArgumentException>(() => BenchRunner.RunAsync(new BenchOptions { Docs = 2, Keep = keep.Path }));
        Assert.True(File.Exists(Path.Combine(keep.Path, "notes.txt")));
    }

    private static void AssertThroughput(JsonElement element)
    {
        Assert.True(element.GetProperty("seconds").GetDouble() > 0);
        Assert.True(element.GetProperty("mb_per_s").GetDouble() > 0);
    }
}

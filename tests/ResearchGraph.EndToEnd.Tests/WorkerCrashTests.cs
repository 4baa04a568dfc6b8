using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchGraph.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace ResearchGraph.EndToEnd.Tests;

/// <summary>
/// The worker killed with SIGKILL at random moments during a batch (and while files change under
/// it), restarted each time, ends exactly where a clean ingest of the same inbox does: same
/// documents, entities, facts and evidence, same search hits. The seed is logged; set
/// RESEARCHGRAPH_CRASH_SEED to replay a run.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class WorkerCrashTests(ITestOutputHelper output)
{
    private const int GeneratedPages = 48;
    private const int Kills = 12;
    private static readonly string[] CorpusPages = ["song-han.txt", "peipei-zhou.md", "smoothquant-readme.md", "zishen-wan.html"];
    private static readonly string[] Searches = ["adopted", "accepted", "TensorRT", "sponsors", "\"integrated into\"", "quantization"];

    [Fact]
    public void Killed_at_random_moments_and_restarted_the_worker_converges_to_a_clean_ingest()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RESEARCHGRAPH_CRASH_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Environment.TickCount;
        output.WriteLine($"seed {seed} (set RESEARCHGRAPH_CRASH_SEED={seed} to replay)");
        var random = new Random(seed);
        var pages = new GeneratedPages(random);
        using var temp = new TemporaryFolder();
        var inbox = temp.File("inbox");
        var data = temp.File("data");
        Directory.CreateDirectory(inbox);
        Directory.CreateDirectory(Path.Combine(inbox, "corpus"));
        foreach (var page in CorpusPages)
        {
            File.Copy(Repository.Corpus(page), Path.Combine(inbox, "corpus", page));
        }

        var next = 0;
        for (; next < GeneratedPages; next++)
        {
            Write(inbox, pages.Page(next));
        }

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Kills; round++)
        {
            if (random.Next(3) == 0)
            {
                next = Mutate(inbox, pages, random, next);
            }

            using var worker = WorkerProcess.Start(data, inbox, "--quiet", "0.05", "--rescan", "2");
            var delay = random.Next(150, 3000);
            Thread.Sleep(delay / 2);
            if (random.Next(2) == 0)
            {
                // Files change while the worker runs, too: events, not only the start-up rescan.
                next = Mutate(inbox, pages, random, next);
            }

            Thread.Sleep(delay - (delay / 2));
            var progressed = worker.Lines.Count(l => l.Contains("[6003]", StringComparison.Ordinal) || l.Contains("[6005]", StringComparison.Ordinal));
            worker.KillHard();
            output.WriteLine($"round {round}: killed after {delay} ms, {progressed} documents written in that run");
            Assert.DoesNotContain(worker.Lines, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
        }

        using (var final = WorkerProcess.Start(data, inbox, "--quiet", "0.05", "--rescan", "2"))
        {
            Assert.True(final.WaitFor("Inbox in sync", TimeSpan.FromSeconds(90)), "the restarted worker never reported the inbox in sync:\n" + final.Log);
            Assert.Equal(0, final.Terminate(TimeSpan.FromSeconds(30)));
            Assert.Contains(final.Lines, l => l.Contains("[6002]", StringComparison.Ordinal));
        }

        output.WriteLine($"{Kills} kills and the final sync took {clock.Elapsed.TotalSeconds:F1} s");

        var clean = temp.File("clean");
        CliRun.Of("--data", clean, "ingest", inbox).Succeeded();
        Assert.Equal(Export(clean), Export(data));
        foreach (var query in Searches)
        {
            Assert.Equal(Search(clean, query), Search(data, query));
        }

        var documents = JsonNode.Parse(CliRun.Of("--data", data, "documents", "--json").Succeeded().Stdout)!["documents"]!.AsArray();
        Assert.Equal(Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories).Count(), documents.Count);
    }

    private static void Write(string inbox, (string Name, string Content) page) =>
        File.WriteAllText(Path.Combine(inbox, page.Name), page.Content);

    /// <summary>Adds a page, rewrites one, or deletes one of the generated pages.</summary>
    private static int Mutate(string inbox, GeneratedPages pages, Random random, int next)
    {
        var generated = Directory.EnumerateFiles(inbox).Order(StringComparer.Ordinal).ToList();
        switch (random.Next(3))
        {
            case 0:
                Write(inbox, pages.Page(next));
                return next + 1;
            case 1 when generated.Count > 0:
                var changed = generated[random.Next(generated.Count)];
                var content = pages.Page(next).Content;
                File.WriteAllText(changed, Path.GetExtension(changed) == Path.GetExtension(pages.Page(next).Name) ? content : content);
                return next + 1;
            default:
                if (generated.Count > 0)
                {
                    File.Delete(generated[random.Next(generated.Count)]);
                }

                return next;
        }
    }

    /// <summary>The export with the ingestion times taken out: the only thing that may differ.</summary>
    private static string Export(string data)
    {
        var export = JsonNode.Parse(CliRun.Of("--data", data, "export", "--format", "json").Succeeded().Stdout)!;
        foreach (var document in export["documents"]!.AsArray())
        {
            document!.AsObject().Remove("ingested");
        }

        return export.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The hit count and the hits as a sorted set (scores depend on deleted-but-unmerged documents, so order may differ).</summary>
    private static string Search(string data, string query)
    {
        var result = JsonNode.Parse(CliRun.Of("--data", data, "search", query, "--limit", "100", "--json").Succeeded().Stdout)!;
        var hits = result["hits"]!.AsArray().Select(h => $"{h!["doc"]}|{h["date"]}|{h["text"]}").Order(StringComparer.Ordinal);
        return result["total"] + "\n" + string.Join('\n', hits);
    }
}

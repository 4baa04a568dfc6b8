using System.CommandLine;
using ResearchGraph.Bench.Measuring;

namespace ResearchGraph.Cli.Commands;

/// <summary>
/// <c>bench --docs N [--seed S] [--queries Q] [--stage-docs K] [--pages DIR] [--keep DIR] [--json]</c>: generates
/// N pages (or takes a folder of pages), ingests them into a fresh data folder in this process and
/// reports throughput per stage, the raw Lucene.Net baseline, query latencies and peak memory.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "How many pages to generate", DefaultValueFactory = _ => 1000 };
        docs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--docs must be at least 1");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The generator seed (same seed, same pages)", DefaultValueFactory = _ => 1 };
        var queries = new Option<int>("--queries") { Description = "Randomized queries per use case", DefaultValueFactory = _ => 300 };
        queries.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--queries must be at least 1");
            }
        });
        var stageDocs = new Option<int?>("--stage-docs") { Description = "Time the stages on the first this many pages only (default: all)" };
        stageDocs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--stage-docs must be at least 1");
            }
        });
        var pages = new Option<string?>("--pages") { Description = "Bench a folder of existing pages instead of generated ones" };
        var keep = new Option<string?>("--keep") { Description = "Keep the corpus and data folders in this (empty or new) folder" };
        var command = new Command("bench", "Measure ingestion and query speed on generated pages, against a raw Lucene.Net baseline")
        {
            docs, seed, queries, stageDocs, pages, keep, GlobalOptions.Json,
        };
        command.SetAction(async (result, ct) =>
        {
            var options = new BenchOptions
            {
                Docs = result.GetValue(docs),
                Seed = result.GetValue(seed),
                Queries = result.GetValue(queries),
                StageDocs = result.GetValue(stageDocs),
                Pages = result.GetValue(pages),
                Keep = result.GetValue(keep),
            };
            var json = result.GetValue(GlobalOptions.Json);
            var report = await BenchRunner.RunAsync(options, Console.Error, ct).ConfigureAwait(false);
            Console.Out.Write(json ? BenchJson.Serialize(report) + "\n" : BenchText.Render(report));
            return 0;
        });
        return command;
    }
}

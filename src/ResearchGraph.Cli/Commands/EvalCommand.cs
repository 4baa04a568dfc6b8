using System.CommandLine;
using System.Text.Json;
using ResearchGraph.Evaluation;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Queries.Views;
using ResearchGraph.Search;

namespace ResearchGraph.Cli.Commands;

/// <summary>
/// <c>eval GOLD.json... [--docs DIR]</c>: ingests each gold file's page into its own temporary
/// data folder and scores the export (and the gold searches) by the rules of GOLD-FORMAT.md.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var golds = new Argument<string[]>("gold") { Arity = ArgumentArity.OneOrMore, Description = "Gold files (*.gold.json)" };
        var docs = new Option<string?>("--docs") { Description = "Folder of the pages the gold files name (default: each gold file's folder)" };
        var verbose = new Option<bool>("--verbose") { Description = "Also list misses and false positives" };
        var command = new Command("eval", "Score extraction against gold files: precision, recall, F1") { golds, docs, verbose, GlobalOptions.Json };
        command.SetAction(async (result, ct) =>
        {
            var scores = new List<DocumentScore>();
            foreach (var goldPath in result.GetValue(golds)!)
            {
                var gold = GoldFile.Load(goldPath);
                var folder = result.GetValue(docs) ?? Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
                scores.Add(await ScoreAsync(gold, Path.Combine(folder, gold.Doc), ct).ConfigureAwait(false));
            }

            var summary = GoldScorer.Summarise(scores);
            Console.Out.WriteLine(result.GetValue(GlobalOptions.Json) ? QueryJson.Serialize(summary) : ReportText.Render(summary, result.GetValue(verbose)));
            return 0;
        });
        return command;
    }

    private static async Task<DocumentScore> ScoreAsync(GoldFile gold, string page, CancellationToken ct)
    {
        if (!File.Exists(page))
        {
            throw new CliException($"the page {page} named by the gold file is missing (use --docs DIR)");
        }

        var temp = Path.Combine(Path.GetTempPath(), "researchgraph-eval-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folder = new DataFolder(temp);
            await using (var ingestor = await Ingestor.OpenAsync(folder, "eval", cancellationToken: ct).ConfigureAwait(false))
            {
                var report = await ingestor.IngestAsync([page], force: false, cancellationToken: ct).ConfigureAwait(false);
                if (report.Failed.Count > 0)
                {
                    throw new CliException($"{gold.Doc}: {report.Failed[0].Reason}");
                }
            }

            await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: true, ct).ConfigureAwait(false);
            using var index = SearchIndexReader.Open(folder.IndexDirectory);
            var queries = new GraphQueries(store, index);
            var export = JsonSerializer.Deserialize<ExportView>(QueryJson.Serialize(await queries.ExportAsync(ct).ConfigureAwait(false)), QueryJson.Options)!;
            return GoldScorer.Score(gold, export, q =>
                queries.SearchAsync(q, null, null, null, 10, 0, ct).GetAwaiter().GetResult().Hits.Select(h => (h.Date, h.Text)).ToList());
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}

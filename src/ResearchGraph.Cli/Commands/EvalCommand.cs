using System.CommandLine;
using ResearchGraph.Evaluation;
using ResearchGraph.Queries;

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

    private static Task<DocumentScore> ScoreAsync(GoldFile gold, string page, CancellationToken ct)
    {
        if (!File.Exists(page))
        {
            throw new CliException($"the page {page} named by the gold file is missing (use --docs DIR)");
        }

        return PageScorer.ScoreAsync(gold, page, withSearches: true, ct);
    }
}

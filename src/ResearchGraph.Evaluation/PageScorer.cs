using System.Text.Json;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Queries.Views;
using ResearchGraph.Search;

namespace ResearchGraph.Evaluation;

/// <summary>
/// Scores one gold file the way <c>researchgraph eval</c> does: ingests its page into an empty
/// temporary data folder, exports the graph as JSON and scores the export, with the gold file's
/// searches when asked.
/// </summary>
public static class PageScorer
{
    /// <summary>The page's score; an <see cref="InvalidDataException"/> ("doc: reason") when the page does not ingest.</summary>
    public static async Task<DocumentScore> ScoreAsync(GoldFile gold, string page, bool withSearches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var temp = Path.Combine(Path.GetTempPath(), "researchgraph-eval-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folder = new DataFolder(temp);
            await using (var ingestor = await Ingestor.OpenAsync(folder, "eval", cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var report = await ingestor.IngestAsync([page], force: false, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (report.Failed.Count > 0)
                {
                    throw new InvalidDataException($"{gold.Doc}: {report.Failed[0].Reason}");
                }
            }

            await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: true, cancellationToken).ConfigureAwait(false);
            using var index = SearchIndexReader.Open(folder.IndexDirectory);
            var queries = new GraphQueries(store, index);
            var export = JsonSerializer.Deserialize<ExportView>(QueryJson.Serialize(await queries.ExportAsync(cancellationToken).ConfigureAwait(false)), QueryJson.Options)!;
            Func<string, IReadOnlyList<(string? Date, string Text)>>? search = withSearches
                ? q => queries.SearchAsync(q, null, null, null, 10, 0, cancellationToken).GetAwaiter().GetResult().Hits.Select(h => (h.Date, h.Text)).ToList()
                : null;
            return GoldScorer.Score(gold, export, search);
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

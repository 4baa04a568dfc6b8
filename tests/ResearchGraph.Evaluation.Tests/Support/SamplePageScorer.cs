using System.Text.Json;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Queries.Views;
using ResearchGraph.Search;

namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>
/// Scores one gold file the way <c>researchgraph eval</c> does: ingests its page into an empty
/// temporary data folder, exports the graph as JSON and scores the export (searches left out).
/// </summary>
internal static class SamplePageScorer
{
    public static async Task<DocumentScore> ScoreAsync(GoldFile gold, string page)
    {
        var temp = Path.Combine(Path.GetTempPath(), "researchgraph-floor-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folder = new DataFolder(temp);
            await using (var ingestor = await Ingestor.OpenAsync(folder, "quality-floor-test"))
            {
                var report = await ingestor.IngestAsync([page], force: false);
                Assert.True(report.Failed.Count == 0, $"{gold.Doc} did not ingest: {string.Join("; ", report.Failed.Select(f => f.Reason))}");
            }

            await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: true, CancellationToken.None);
            using var index = SearchIndexReader.Open(folder.IndexDirectory);
            var queries = new GraphQueries(store, index);
            var export = JsonSerializer.Deserialize<ExportView>(QueryJson.Serialize(await queries.ExportAsync(CancellationToken.None)), QueryJson.Options)!;
            return GoldScorer.Score(gold, export, search: null);
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

using System.Globalization;
using System.Text;

namespace ResearchGraph.Bench.Measuring;

/// <summary>The human-readable form of a <see cref="BenchReport"/>.</summary>
public static class BenchText
{
    public static string Render(BenchReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        Line($"pages            {r.Docs}, {F(r.Bytes / 1e6)} MB ({F(r.VisibleTextBytes / 1e6)} MB visible text)");
        Line($"ingest           {F(r.Ingest.Seconds)} s, {F(r.Ingest.MbPerSecond)} MB/s end to end");
        Line($"  stages timed on {r.Ingest.Stages.TimedDocs} pages{(r.Ingest.Stages.TimedDocs < r.Docs ? ", seconds scaled to all" : "")}");
        Line($"  read           {F(r.Ingest.Stages.Read.Seconds)} s, {F(r.Ingest.Stages.Read.MbPerSecond)} MB/s");
        Line($"  extract        {F(r.Ingest.Stages.Extract.Seconds)} s, {F(r.Ingest.Stages.Extract.MbPerSecond)} MB/s ({F(r.ExtractMbPerSecondPerCore)} MB/s of visible text per core)");
        Line($"  graph write    {F(r.Ingest.Stages.GraphWrite.Seconds)} s, {F(r.Ingest.Stages.GraphWrite.MbPerSecond)} MB/s");
        Line($"  index write    {F(r.Ingest.Stages.IndexWrite.Seconds)} s, {F(r.Ingest.Stages.IndexWrite.MbPerSecond)} MB/s");
        Line($"lucene baseline  {F(r.LuceneBaseline.Seconds)} s, {F(r.LuceneBaseline.MbPerSecond)} MB/s; ingest takes {F(r.RatioToLucene)}x the baseline");
        Line("queries          p50 ms   p99 ms");
        foreach (var (name, l) in new[] { ("search", r.Queries.Search), ("lineage", r.Queries.Lineage), ("adopters", r.Queries.Adopters), ("path", r.Queries.Path), ("entity", r.Queries.Entity) })
        {
            Line($"  {name,-14} {F(l.P50Ms),6}   {F(l.P99Ms),6}   ({l.Count} queries)");
        }

        Line($"graph            {r.Graph.Entities} entities, {r.Graph.Facts} facts; graph file {F(r.Graph.GraphFileMb)} MB, index {F(r.Graph.IndexMb)} MB");
        Line($"peak memory      {F(r.PeakRssMb)} MB resident");
        return b.ToString();
    }
}

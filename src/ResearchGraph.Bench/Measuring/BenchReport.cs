using System.Text.Json.Serialization;

namespace ResearchGraph.Bench.Measuring;

/// <summary>
/// What one bench run measured. MB are 10^6 bytes of page files as stored on disk, so every
/// MB/s figure (end to end, per stage, baseline) shares one denominator.
/// </summary>
public sealed record BenchReport(
    [property: JsonPropertyName("docs")] int Docs,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("ingest")] IngestFigures Ingest,
    [property: JsonPropertyName("lucene_baseline")] Throughput LuceneBaseline,
    [property: JsonPropertyName("ratio_to_lucene")] double RatioToLucene,
    [property: JsonPropertyName("queries")] QueryFigures Queries,
    [property: JsonPropertyName("peak_rss_mb")] double PeakRssMb,
    [property: JsonPropertyName("extract_mb_per_s_per_core")] double ExtractMbPerSecondPerCore,
    [property: JsonPropertyName("visible_text_bytes")] long VisibleTextBytes,
    [property: JsonPropertyName("graph")] GraphFigures Graph);

/// <summary>Seconds taken and the MB/s of page files that makes.</summary>
public sealed record Throughput(
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("mb_per_s")] double MbPerSecond)
{
    public static Throughput Of(long bytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return new Throughput(Math.Round(seconds, 3), Math.Round(bytes / 1e6 / seconds, 3));
    }

    /// <summary>The throughput measured on <paramref name="sampleBytes"/>, with its seconds scaled to <paramref name="totalBytes"/>.</summary>
    public static Throughput Scaled(long sampleBytes, TimeSpan elapsed, long totalBytes)
    {
        var measured = Of(sampleBytes, elapsed);
        return new Throughput(Math.Round(measured.Seconds * totalBytes / Math.Max(sampleBytes, 1), 3), measured.MbPerSecond);
    }
}

/// <summary>End-to-end ingestion through the real ingestor, and the time of each stage measured on its own.</summary>
public sealed record IngestFigures(
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("mb_per_s")] double MbPerSecond,
    [property: JsonPropertyName("stages")] StageFigures Stages);

/// <summary>
/// read: file to visible page; extract: page to facts; graph_write: one store transaction per page;
/// index_write: replace per page and the batched commits. Timed on the first <c>timed_docs</c> pages.
/// </summary>
public sealed record StageFigures(
    [property: JsonPropertyName("read")] Throughput Read,
    [property: JsonPropertyName("extract")] Throughput Extract,
    [property: JsonPropertyName("graph_write")] Throughput GraphWrite,
    [property: JsonPropertyName("index_write")] Throughput IndexWrite,
    [property: JsonPropertyName("timed_docs")] int TimedDocs);

/// <summary>Latency percentiles, in milliseconds, of each query use case.</summary>
public sealed record QueryFigures(
    [property: JsonPropertyName("search")] Latency Search,
    [property: JsonPropertyName("lineage")] Latency Lineage,
    [property: JsonPropertyName("adopters")] Latency Adopters,
    [property: JsonPropertyName("path")] Latency Path,
    [property: JsonPropertyName("entity")] Latency Entity);

/// <summary>Median and 99th percentile over <c>count</c> randomized queries.</summary>
public sealed record Latency(
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p99_ms")] double P99Ms,
    [property: JsonPropertyName("count")] int Count);

/// <summary>The size of the graph the run built.</summary>
public sealed record GraphFigures(
    [property: JsonPropertyName("entities")] long Entities,
    [property: JsonPropertyName("facts")] long Facts,
    [property: JsonPropertyName("graph_file_mb")] double GraphFileMb,
    [property: JsonPropertyName("index_mb")] double IndexMb);

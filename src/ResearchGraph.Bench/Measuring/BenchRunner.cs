using System.Diagnostics;
using ResearchGraph.Bench.Corpus;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Search;

namespace ResearchGraph.Bench.Measuring;

/// <summary>
/// One bench run, all in this process: generate (or take) the pages, ingest them end to end
/// through the real <see cref="Ingestor"/> into a fresh data folder, ingest them again stage by
/// stage to time each stage, index the same visible text with raw Lucene.Net for the baseline,
/// then time randomized queries against the ingested folder.
/// </summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.Keep is { } keep
            ? Path.GetFullPath(keep)
            : Path.Combine(Path.GetTempPath(), "researchgraph-bench-" + Guid.NewGuid().ToString("N")[..12]);
        if (options.Keep is not null && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new ArgumentException($"the folder {root} to keep the run in is not empty");
        }

        Directory.CreateDirectory(root);
        try
        {
            return await RunInAsync(options, root, log, ct).ConfigureAwait(false);
        }
        finally
        {
            if (options.Keep is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<BenchReport> RunInAsync(BenchOptions options, string root, TextWriter? log, CancellationToken ct)
    {
        string corpus;
        if (options.Pages is { } pages)
        {
            corpus = Path.GetFullPath(pages);
            if (!Directory.Exists(corpus))
            {
                throw new ArgumentException($"no folder of pages at {corpus}");
            }
        }
        else
        {
            corpus = Path.Combine(root, "corpus");
            log?.WriteLine($"generating {options.Docs} pages (seed {options.Seed}) ...");
            new CorpusGenerator(options.Seed).WriteTo(corpus, options.Docs, ct);
        }

        var (files, failures) = SourceDiscovery.Expand([corpus]);
        if (failures.Count > 0 || files.Count == 0)
        {
            throw new ArgumentException(failures.Count > 0 ? failures[0].Reason : $"no pages in {corpus}");
        }

        var bytes = files.Sum(f => new FileInfo(f.Path).Length);
        log?.WriteLine($"{files.Count} pages, {bytes / 1e6:F1} MB; ingesting end to end ...");

        var data = new DataFolder(Path.Combine(root, "data"));
        var ingestTime = await IngestAsync(data, corpus, ct).ConfigureAwait(false);

        log?.WriteLine($"ingested in {ingestTime.TotalSeconds:F1} s; timing each stage ...");
        var staged = new StagedIngest();
        var spool = Path.Combine(root, "visible-text.bin");
        await staged.RunAsync(files, options.StageDocs ?? files.Count, new DataFolder(Path.Combine(root, "data-stages")), spool, ct).ConfigureAwait(false);

        log?.WriteLine("raw Lucene.Net baseline ...");
        var baseline = LuceneBaseline.Run(spool, Path.Combine(root, "lucene-baseline"));
        File.Delete(spool);

        log?.WriteLine("queries ...");
        var (queries, graph) = await QueryAsync(options, data, ct).ConfigureAwait(false);

        var stages = new StageFigures(
            Throughput.Scaled(staged.TimedBytes, staged.Read, bytes),
            Throughput.Scaled(staged.TimedBytes, staged.Extract, bytes),
            Throughput.Scaled(staged.TimedBytes, staged.GraphWrite, bytes),
            Throughput.Scaled(staged.TimedBytes, staged.IndexWrite, bytes),
            staged.TimedDocs);
        var ingest = Throughput.Of(bytes, ingestTime);
        return new BenchReport(
            files.Count,
            bytes,
            new IngestFigures(ingest.Seconds, ingest.MbPerSecond, stages),
            Throughput.Of(bytes, baseline),
            Math.Round(ingestTime.TotalSeconds / Math.Max(baseline.TotalSeconds, 1e-9), 2),
            queries,
            PeakMemory.Megabytes(),
            Math.Round(staged.TimedVisibleTextBytes / 1e6 / Math.Max(staged.Extract.TotalSeconds, 1e-9), 3),
            staged.VisibleTextBytes,
            graph);
    }

    private static async Task<TimeSpan> IngestAsync(DataFolder data, string corpus, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        await using (var ingestor = await Ingestor.OpenAsync(data, "bench", cancellationToken: ct).ConfigureAwait(false))
        {
            var report = await ingestor.IngestAsync([corpus], force: false, cancellationToken: ct).ConfigureAwait(false);
            if (report.Failed.Count > 0)
            {
                throw new InvalidOperationException($"{report.Failed.Count} pages failed to ingest, the first {report.Failed[0].Doc}: {report.Failed[0].Reason}");
            }
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task<(QueryFigures Queries, GraphFigures Graph)> QueryAsync(BenchOptions options, DataFolder data, CancellationToken ct)
    {
        await using var store = await SqliteGraphStore.OpenAsync(data.GraphFile, readOnly: true, ct).ConfigureAwait(false);
        using var index = SearchIndexReader.Open(data.IndexDirectory);
        var queries = new GraphQueries(store, index);
        var workload = options.Pages is null
            ? QueryWorkload.ForGenerated(options.Docs, options.Seed, options.Queries, Vocabulary.Default)
            : await QueryWorkload.FromStoreAsync(store, options.Seed, options.Queries, ct).ConfigureAwait(false);

        var figures = new QueryFigures(
            await LatencySampler.MeasureAsync(workload.Searches, q => queries.SearchAsync(q, null, null, null, 10, 0, ct), ct).ConfigureAwait(false),
            await LatencySampler.MeasureAsync(workload.Projects, p => queries.LineageAsync(p, LineageDirection.Both, 10, ct), ct).ConfigureAwait(false),
            await LatencySampler.MeasureAsync(workload.Adopters, a => queries.AdoptersAsync(a.Adopted, a.Company, ct), ct).ConfigureAwait(false),
            await LatencySampler.MeasureAsync(workload.Paths, p => queries.PathAsync(p.From, p.To, ct), ct).ConfigureAwait(false),
            await LatencySampler.MeasureAsync(workload.Entities, e => queries.EntityAsync(e, ct), ct).ConfigureAwait(false));

        var counts = await SqliteCounts.ReadAsync(data.GraphFile, ct).ConfigureAwait(false);
        var graph = new GraphFigures(
            counts.Entities,
            counts.Facts,
            Math.Round(new FileInfo(data.GraphFile).Length / 1e6, 1),
            Math.Round(Directory.EnumerateFiles(data.IndexDirectory).Sum(f => new FileInfo(f).Length) / 1e6, 1));
        return (figures, graph);
    }
}

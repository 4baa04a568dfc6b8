using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ResearchGraph.Domain;
using ResearchGraph.Extraction;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Reading;
using ResearchGraph.Search;

namespace ResearchGraph.Bench.Measuring;

/// <summary>
/// Ingests a corpus through the same public pieces the ingestor uses, one stage at a time, timing
/// each: read (file to visible page), extract, graph write (<see cref="GraphBatch"/> pages a transaction) and index
/// write (replace per page once its batch is in the graph, commit every <see cref="CommitBatch"/> pages, as the ingestor does). It also spools the visible text of
/// every page for the Lucene baseline, so the baseline indexes exactly the same text.
/// </summary>
internal sealed class StagedIngest
{
    // The ingestor's batch of index commits.
    private const int CommitBatch = 500;

    // The ingestor's batch of graph writes: this many documents a transaction.
    private const int GraphBatch = 64;

    public TimeSpan Read { get; private set; }

    public TimeSpan Extract { get; private set; }

    public TimeSpan GraphWrite { get; private set; }

    public TimeSpan IndexWrite { get; private set; }

    public long VisibleTextBytes { get; private set; }

    /// <summary>The pages the stages were timed on (the first ones); the rest are only read, for the spool.</summary>
    public int TimedDocs { get; private set; }

    /// <summary>The file bytes of the timed pages.</summary>
    public long TimedBytes { get; private set; }

    /// <summary>The visible text bytes of the timed pages.</summary>
    public long TimedVisibleTextBytes { get; private set; }

    public async Task RunAsync(IReadOnlyList<SourceFile> files, int timedDocs, DataFolder folder, string textSpool, CancellationToken ct)
    {
        var extractor = new Extractor();
        if (files.Count > 0)
        {
            // A fresh extractor's compiled regexes are jitted on first use: warm it on one page, untimed.
            var first = files[0];
            extractor.Extract(PageReader.Read(PageDecoder.Decode(await File.ReadAllBytesAsync(first.Path, ct).ConfigureAwait(false)).Text, PageReader.FormatFromPath(first.Path) ?? PageFormat.Text), first.Doc);
        }

        Directory.CreateDirectory(folder.Root);
        await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: false, ct).ConfigureAwait(false);
        using var index = SearchIndexWriter.Open(folder.IndexDirectory);
        using var spool = new BinaryWriter(File.Create(textSpool), Encoding.UTF8);
        var now = DateTimeOffset.UtcNow;
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<(SourceFile File, DocumentFacts Facts)>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            ct.ThrowIfCancellationRequested();
            var t0 = Stopwatch.GetTimestamp();
            var bytes = await File.ReadAllBytesAsync(file.Path, ct).ConfigureAwait(false);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var format = PageReader.FormatFromPath(file.Path) ?? throw new UnreadablePageException("unsupported file type");
            var page = PageReader.Read(PageDecoder.Decode(bytes).Text, format);
            var visibleBytes = Encoding.UTF8.GetByteCount(page.Text);
            VisibleTextBytes += visibleBytes;
            spool.Write(file.Path);
            spool.Write(page.Text);
            if (i >= timedDocs)
            {
                continue;
            }

            var t1 = Stopwatch.GetTimestamp();
            var result = extractor.Extract(page, file.Doc);
            var t2 = Stopwatch.GetTimestamp();
            var document = new SourceDocument(file.Path, file.Doc, hash, page.Url, now, extractor.Version);
            pending.Add((file, new DocumentFacts(document, page.Text, result.Entities, result.Facts, result.NewsItems)));
            if (pending.Count >= GraphBatch || i == timedDocs - 1 || i == files.Count - 1)
            {
                var t3 = Stopwatch.GetTimestamp();
                await store.ReplaceDocumentsAsync([.. pending.Select(p => p.Facts)], ct).ConfigureAwait(false);
                var t4 = Stopwatch.GetTimestamp();
                foreach (var (written, facts) in pending)
                {
                    index.ReplaceDocument(written.Path, written.Doc, facts.NewsItems);
                    stamps[written.Path] = facts.Document.Hash;
                    if (stamps.Count >= CommitBatch)
                    {
                        index.Commit(stamps);
                        stamps.Clear();
                    }
                }

                if (stamps.Count > 0 && (i == timedDocs - 1 || i == files.Count - 1))
                {
                    index.Commit(stamps);
                    stamps.Clear();
                }

                GraphWrite += Stopwatch.GetElapsedTime(t3, t4);
                IndexWrite += Stopwatch.GetElapsedTime(t4);
                pending.Clear();
            }

            Read += Stopwatch.GetElapsedTime(t0, t1);
            Extract += Stopwatch.GetElapsedTime(t1, t2);
            TimedDocs++;
            TimedBytes += bytes.Length;
            TimedVisibleTextBytes += visibleBytes;
        }
    }
}

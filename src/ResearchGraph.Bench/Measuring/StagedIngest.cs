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
/// each: read (file to visible page), extract, graph write (one transaction per page) and index
/// write (replace per page, commit every <see cref="CommitBatch"/> pages, as the ingestor does). It also spools the visible text of
/// every page for the Lucene baseline, so the baseline indexes exactly the same text.
/// </summary>
internal sealed class StagedIngest
{
    // The ingestor's batch of index commits.
    private const int CommitBatch = 500;

    public TimeSpan Read { get; private set; }

    public TimeSpan Extract { get; private set; }

    public TimeSpan GraphWrite { get; private set; }

    public TimeSpan IndexWrite { get; private set; }

    public long VisibleTextBytes { get; private set; }

    public async Task RunAsync(IReadOnlyList<SourceFile> files, DataFolder folder, string textSpool, CancellationToken ct)
    {
        var extractor = new Extractor();
        Directory.CreateDirectory(folder.Root);
        await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: false, ct).ConfigureAwait(false);
        using var index = SearchIndexWriter.Open(folder.IndexDirectory);
        using var spool = new BinaryWriter(File.Create(textSpool), Encoding.UTF8);
        var now = DateTimeOffset.UtcNow;
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            ct.ThrowIfCancellationRequested();
            var t0 = Stopwatch.GetTimestamp();
            var bytes = await File.ReadAllBytesAsync(file.Path, ct).ConfigureAwait(false);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var format = PageReader.FormatFromPath(file.Path) ?? throw new UnreadablePageException("unsupported file type");
            var page = PageReader.Read(PageDecoder.Decode(bytes).Text, format);
            var t1 = Stopwatch.GetTimestamp();
            var result = extractor.Extract(page, file.Doc);
            var t2 = Stopwatch.GetTimestamp();
            var document = new SourceDocument(file.Path, file.Doc, hash, page.Url, now, extractor.Version);
            await store.ReplaceDocumentAsync(new DocumentFacts(document, page.Text, result.Entities, result.Facts, result.NewsItems), ct).ConfigureAwait(false);
            var t3 = Stopwatch.GetTimestamp();
            index.ReplaceDocument(file.Path, file.Doc, result.NewsItems);
            stamps[file.Path] = hash;
            if (stamps.Count >= CommitBatch || i == files.Count - 1)
            {
                index.Commit(stamps);
                stamps.Clear();
            }

            var t4 = Stopwatch.GetTimestamp();

            Read += Stopwatch.GetElapsedTime(t0, t1);
            Extract += Stopwatch.GetElapsedTime(t1, t2);
            GraphWrite += Stopwatch.GetElapsedTime(t2, t3);
            IndexWrite += Stopwatch.GetElapsedTime(t3, t4);
            VisibleTextBytes += Encoding.UTF8.GetByteCount(page.Text);
            spool.Write(file.Path);
            spool.Write(page.Text);
        }
    }
}

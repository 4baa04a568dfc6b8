using System.Security.Cryptography;
using ResearchGraph.Domain;
using ResearchGraph.Extraction;
using ResearchGraph.Extraction.Curation;
using ResearchGraph.Extraction.Lexicon;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Reading;
using ResearchGraph.Search;

namespace ResearchGraph.Ingestion;

/// <summary>
/// The writer of a data folder: reads pages, extracts their facts and writes graph and index.
/// Holds the writer lock for its lifetime. Each document is written to the graph in one
/// transaction and then to the index, whose commits (every few hundred documents and at the end of a
/// batch) are stamped with each document's hash; on open, any
/// document whose index stamp disagrees with the graph (a crash between the two) is re-indexed from
/// the graph, so the two converge.
/// </summary>
public sealed class Ingestor : IAsyncDisposable
{
    // Index commits are batched: a Lucene commit syncs every new file, which would otherwise cost
    // more than the rest of a page's ingestion. Safe because each page is committed to the graph
    // first, and on open any page whose index stamp lags the graph is re-indexed from the graph.
    private const int IndexCommitBatch = 500;

    // Graph writes are batched too: one transaction for many documents commits each shared index
    // page once instead of once a document, several times cheaper. A document is whole in the graph
    // or absent (its batch commits or rolls back), and it is indexed only after its batch commits.
    private const int GraphBatch = 64;

    private readonly WriterLock writerLock;
    private readonly IGraphStore store;
    private readonly SearchIndexWriter index;
    private readonly Extractor extractor;
    private readonly IngestOptions options;
    private readonly TimeProvider time;

    private Ingestor(WriterLock writerLock, IGraphStore store, SearchIndexWriter index, Extractor extractor, IngestOptions options, TimeProvider time)
    {
        this.writerLock = writerLock;
        this.store = store;
        this.index = index;
        this.extractor = extractor;
        this.options = options;
        this.time = time;
    }

    public IGraphStore Store => store;

    /// <summary>Takes the writer lock of <paramref name="folder"/> and opens its graph and index for writing.</summary>
    public static Task<Ingestor> OpenAsync(DataFolder folder, string holder, Extractor? extractor = null, IngestOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return OpenAsync(folder, holder, async ct => await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: false, ct).ConfigureAwait(false), extractor, options, time, cancellationToken);
    }

    /// <summary>
    /// Takes the writer lock of <paramref name="folder"/>, opens the graph store <paramref name="openStore"/>
    /// gives (embedded or a server) and the folder's index for writing.
    /// </summary>
    public static async Task<Ingestor> OpenAsync(DataFolder folder, string holder, Func<CancellationToken, Task<IGraphStore>> openStore, Extractor? extractor = null, IngestOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(openStore);
        var writerLock = WriterLock.Acquire(folder, holder);
        IGraphStore? store = null;
        try
        {
            store = await openStore(cancellationToken).ConfigureAwait(false);
            var index = SearchIndexWriter.Open(folder.IndexDirectory);
            extractor ??= new Extractor(Lexicons.Default, Curation.Load(folder.CurationFile));
            var ingestor = new Ingestor(writerLock, store, index, extractor, options ?? new IngestOptions(), time ?? TimeProvider.System);
            await ingestor.ReconcileAsync(cancellationToken).ConfigureAwait(false);
            return ingestor;
        }
        catch
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Ingests the files and folders given; one bad file is reported and the rest go in. Documents
    /// are written to the graph <see cref="GraphBatch"/> at a time, each batch in one transaction,
    /// and then to the index; progress is reported, in order, as each batch is written.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, bool force, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (files, failures) = SourceDiscovery.Expand(paths);
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);

        // Files read and extracted whose outcome waits for the next graph write, in order; a file
        // that needs no write (unchanged, failed) waits behind the ones before it.
        var queued = new List<(SourceFile File, Prepared Prepared)>();
        var pending = new HashSet<string>(StringComparer.Ordinal);

        async Task FlushAsync()
        {
            await WriteAsync([.. queued.Where(q => q.Prepared.Facts is not null).Select(q => q.Prepared)], stamps, cancellationToken).ConfigureAwait(false);
            foreach (var (file, prepared) in queued)
            {
                switch (prepared.Result.Outcome)
                {
                    case IngestOutcome.Added: added++; break;
                    case IngestOutcome.Updated: updated++; break;
                    case IngestOutcome.Unchanged: unchanged++; break;
                    default: failures.Add(new IngestFailure(file.Doc, prepared.Result.Reason!)); break;
                }

                progress?.Report(new IngestProgress(++done, files.Count, file.Doc, prepared.Result.Outcome));
            }

            queued.Clear();
            pending.Clear();
        }

        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];

            // The same path twice: the second must see the first in the graph.
            if (pending.Contains(file.Path))
            {
                await FlushAsync().ConfigureAwait(false);
            }

            var prepared = await PrepareAsync(file, force, cancellationToken).ConfigureAwait(false);
            queued.Add((file, prepared));
            if (prepared.Facts is not null)
            {
                pending.Add(file.Path);
            }

            if (pending.Count >= GraphBatch || i == files.Count - 1)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        CommitIndex(stamps);
        return new IngestReport(added, updated, unchanged, failures);
    }

    /// <summary>Ingests one file: added, updated, unchanged, or failed with a reason.</summary>
    public async Task<(IngestOutcome Outcome, string? Reason)> IngestFileAsync(SourceFile file, bool force, CancellationToken cancellationToken = default)
    {
        var result = await IngestDocumentAsync(file, force, cancellationToken).ConfigureAwait(false);
        return (result.Outcome, result.Reason);
    }

    /// <summary>
    /// Ingests one file and says what reading it had to work around. The graph is written in one
    /// transaction and then the index in one commit; cancellation is honoured up to the graph
    /// commit, after which the index commit always follows, so the document is either abandoned
    /// whole or written whole.
    /// </summary>
    public async Task<IngestResult> IngestDocumentAsync(SourceFile file, bool force, CancellationToken cancellationToken = default)
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        var prepared = await PrepareAsync(file, force, cancellationToken).ConfigureAwait(false);
        if (prepared.Facts is not null)
        {
            await WriteAsync([prepared], stamps, cancellationToken).ConfigureAwait(false);
        }

        CommitIndex(stamps);
        return prepared.Result;
    }

    // Reads and extracts a file: its facts to write with the outcome writing them will have, or an
    // outcome (unchanged, failed) that needs no write.
    private async Task<Prepared> PrepareAsync(SourceFile file, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.Path);
            if (info.Length > options.MaxFileBytes)
            {
                return new Prepared(file, IngestResult.Failure($"the file is {info.Length} bytes, over the limit of {options.MaxFileBytes} bytes"), null);
            }

            bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
            if (bytes.LongLength > options.MaxFileBytes)
            {
                // The file grew between the size check and the read.
                return new Prepared(file, IngestResult.Failure($"the file is {bytes.LongLength} bytes, over the limit of {options.MaxFileBytes} bytes"), null);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(file, IngestResult.Failure("cannot read the file: " + e.Message), null);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = await store.FindDocumentAsync(file.Path, cancellationToken).ConfigureAwait(false);
        if (!force && existing is not null && existing.Hash == hash && existing.ExtractorVersion == extractor.Version && existing.Doc == file.Doc)
        {
            return new Prepared(file, new IngestResult(IngestOutcome.Unchanged, null, []), null);
        }

        DocumentFacts facts;
        IReadOnlyList<string> diagnostics;
        try
        {
            (facts, diagnostics) = Extract(file, bytes, hash);
        }
        catch (UnreadablePageException e)
        {
            return new Prepared(file, IngestResult.Failure(e.Message), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader or extractor bug on one page must not stop the batch; the page is reported.
            return new Prepared(file, IngestResult.Failure("could not read the page: " + e.Message), null);
        }

        return new Prepared(file, new IngestResult(existing is null ? IngestOutcome.Added : IngestOutcome.Updated, null, diagnostics), facts);
    }

    // Writes the documents to the graph (committed, all in one transaction) and then to the index
    // (not yet committed, unless the pending stamps reach a commit batch), adding their stamps.
    private async Task WriteAsync(IReadOnlyList<Prepared> documents, Dictionary<string, string> stamps, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        if (documents.Count > 1 && store is SqliteGraphStore batching)
        {
            // The embedded store writes a batch in one transaction; other stores write one document per transaction.
            try
            {
                await batching.ReplaceDocumentsAsync([.. documents.Select(d => d.Facts!)], cancellationToken).ConfigureAwait(false);
                Index(documents, stamps);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The batch rolled back whole. Write its documents one at a time, so that those
                // before the one that fails are kept, as when each had its own transaction.
            }
        }

        foreach (var document in documents)
        {
            await store.ReplaceDocumentAsync(document.Facts!, cancellationToken).ConfigureAwait(false);
            Index([document], stamps);
        }
    }

    // The graph holds the documents: the index follows without a cancellation point.
    private void Index(IReadOnlyList<Prepared> documents, Dictionary<string, string> stamps)
    {
        foreach (var document in documents)
        {
            index.ReplaceDocument(document.File.Path, document.File.Doc, document.Facts!.NewsItems);
            stamps[document.File.Path] = document.Facts.Document.Hash;
            if (stamps.Count >= IndexCommitBatch)
            {
                CommitIndex(stamps);
            }
        }
    }

    /// <summary>Removes a document (by its doc name or path) and what only it supported; false when unknown.</summary>
    public async Task<bool> ForgetAsync(string doc, CancellationToken cancellationToken = default)
    {
        var path = await ResolvePathAsync(store, doc, cancellationToken).ConfigureAwait(false);
        if (path is null)
        {
            return false;
        }

        await store.ForgetDocumentAsync(path, cancellationToken).ConfigureAwait(false);
        index.DeleteDocument(path);
        index.Commit();
        return true;
    }

    /// <summary>The document key for a doc name, a file name or a path, or null; ambiguous names throw.</summary>
    public static async Task<string?> ResolvePathAsync(IGraphStore store, string doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(doc);
        var documents = await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var full = Path.GetFullPath(doc);
        var byPath = documents.FirstOrDefault(d => d.Document.Path == full);
        if (byPath is not null)
        {
            return byPath.Document.Path;
        }

        var matches = documents.Where(d => d.Document.Doc == doc).ToList();
        if (matches.Count == 0)
        {
            matches = documents.Where(d => Path.GetFileName(d.Document.Path) == doc).ToList();
        }

        return matches.Count switch
        {
            0 => null,
            1 => matches[0].Document.Path,
            _ => throw new ArgumentException($"'{doc}' names {matches.Count} documents; give the path: {string.Join(", ", matches.Select(m => m.Document.Path))}"),
        };
    }

    private (DocumentFacts Facts, IReadOnlyList<string> Diagnostics) Extract(SourceFile file, byte[] bytes, string hash)
    {
        var format = PageReader.FormatFromPath(file.Path) ?? throw new UnreadablePageException("unsupported file type");
        var decoded = PageDecoder.Decode(bytes);
        var page = PageReader.Read(decoded.Text, format);
        var result = extractor.Extract(page, file.Doc);
        var document = new SourceDocument(file.Path, file.Doc, hash, page.Url, time.GetUtcNow(), extractor.Version);
        return (new DocumentFacts(document, page.Text, result.Entities, result.Facts, result.NewsItems), [.. decoded.Diagnostics, .. page.Diagnostics.Except(decoded.Diagnostics)]);
    }

    private void CommitIndex(Dictionary<string, string> stamps)
    {
        if (stamps.Count > 0)
        {
            index.Commit(stamps);
            stamps.Clear();
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var indexed = index.IndexedDocuments();
        var documents = await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var stamps = new Dictionary<string, string>();
        foreach (var d in documents)
        {
            if (!indexed.TryGetValue(d.Document.Path, out var stamp) || stamp != d.Document.Hash)
            {
                var items = await store.GetNewsItemsAsync(d.Document.Path, cancellationToken).ConfigureAwait(false);
                index.ReplaceDocument(d.Document.Path, d.Document.Doc, items);
                stamps[d.Document.Path] = d.Document.Hash;
            }
        }

        var known = documents.Select(d => d.Document.Path).ToHashSet(StringComparer.Ordinal);
        var orphans = indexed.Keys.Where(p => !known.Contains(p)).ToList();
        foreach (var orphan in orphans)
        {
            index.DeleteDocument(orphan);
        }

        if (stamps.Count > 0 || orphans.Count > 0)
        {
            index.Commit(stamps);
        }
    }

    public async ValueTask DisposeAsync()
    {
        index.Dispose();
        await store.DisposeAsync().ConfigureAwait(false);
        writerLock.Dispose();
    }

    // A file read and extracted: the outcome it has (once written, when it has facts to write).
    private sealed record Prepared(SourceFile File, IngestResult Result, DocumentFacts? Facts);
}

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

    /// <summary>Ingests the files and folders given; one bad file is reported and the rest go in.</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, bool force, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (files, failures) = SourceDiscovery.Expand(paths);
        int added = 0, updated = 0, unchanged = 0;
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var (outcome, reason, _) = await IngestDocumentAsync(file, force, stamps, cancellationToken).ConfigureAwait(false);
            if (stamps.Count >= IndexCommitBatch || i == files.Count - 1)
            {
                CommitIndex(stamps);
            }

            switch (outcome)
            {
                case IngestOutcome.Added: added++; break;
                case IngestOutcome.Updated: updated++; break;
                case IngestOutcome.Unchanged: unchanged++; break;
                default: failures.Add(new IngestFailure(file.Doc, reason!)); break;
            }

            progress?.Report(new IngestProgress(i + 1, files.Count, file.Doc, outcome));
        }

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
        var result = await IngestDocumentAsync(file, force, stamps, cancellationToken).ConfigureAwait(false);
        CommitIndex(stamps);
        return result;
    }

    // Writes the document to the graph (committed) and to the index (not yet committed), adding its stamp to the pending ones.
    private async Task<IngestResult> IngestDocumentAsync(SourceFile file, bool force, Dictionary<string, string> stamps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.Path);
            if (info.Length > options.MaxFileBytes)
            {
                return IngestResult.Failure($"the file is {info.Length} bytes, over the limit of {options.MaxFileBytes} bytes");
            }

            bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
            if (bytes.LongLength > options.MaxFileBytes)
            {
                // The file grew between the size check and the read.
                return IngestResult.Failure($"the file is {bytes.LongLength} bytes, over the limit of {options.MaxFileBytes} bytes");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Failure("cannot read the file: " + e.Message);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = await store.FindDocumentAsync(file.Path, cancellationToken).ConfigureAwait(false);
        if (!force && existing is not null && existing.Hash == hash && existing.ExtractorVersion == extractor.Version && existing.Doc == file.Doc)
        {
            return new IngestResult(IngestOutcome.Unchanged, null, []);
        }

        DocumentFacts facts;
        IReadOnlyList<string> diagnostics;
        try
        {
            (facts, diagnostics) = Extract(file, bytes, hash);
        }
        catch (UnreadablePageException e)
        {
            return IngestResult.Failure(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader or extractor bug on one page must not stop the batch; the page is reported.
            return IngestResult.Failure("could not read the page: " + e.Message);
        }

        await store.ReplaceDocumentAsync(facts, cancellationToken).ConfigureAwait(false);

        // From here on the graph holds the document: the index follows without a cancellation point.
        index.ReplaceDocument(file.Path, file.Doc, facts.NewsItems);
        stamps[file.Path] = hash;
        return new IngestResult(existing is null ? IngestOutcome.Added : IngestOutcome.Updated, null, diagnostics);
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
}

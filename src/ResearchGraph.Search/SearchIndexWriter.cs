using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ResearchGraph.Domain;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ResearchGraph.Search;

/// <summary>
/// The one writer of a Lucene index of news items: one Lucene document per news item, replaced
/// a source page at a time. Nothing is visible to readers until <see cref="Commit"/>; disposing
/// without committing rolls back. Each commit records, per source path, an opaque stamp the
/// caller gives (a content hash, say) in the same atomic commit as the documents, so after a
/// crash the caller can compare <see cref="IndexedDocuments"/> with its graph store.
/// </summary>
public sealed class SearchIndexWriter : IDisposable
{
    // Commit user data keys are "stamp:" + source path; the prefix leaves room for other keys.
    private const string StampKeyPrefix = "stamp:";

    private readonly LuceneDirectory _directory;
    private readonly EnglishAnalyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly System.Threading.Lock _gate = new();

    // Path -> stamp as of the last commit, and the changes since: null marks a deleted path,
    // "" a path replaced whose new stamp Commit has not been given yet.
    private Dictionary<string, string> _committed;
    private readonly Dictionary<string, string?> _pending = new(StringComparer.Ordinal);
    private bool _disposed;

    private SearchIndexWriter(LuceneDirectory directory, EnglishAnalyzer analyzer, IndexWriter writer)
    {
        _directory = directory;
        _analyzer = analyzer;
        _writer = writer;
        _committed = ReadStamps(writer.CommitData);
    }

    /// <summary>
    /// Opens the index in <paramref name="indexDirectory"/>, creating the folder and the index when
    /// they do not exist. Fails with <see cref="LockObtainFailedException"/> when another writer holds it.
    /// </summary>
    public static SearchIndexWriter Open(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        System.IO.Directory.CreateDirectory(indexDirectory);
        var directory = FSDirectory.Open(indexDirectory);
        var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            return new SearchIndexWriter(directory, analyzer, new IndexWriter(directory, config));
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replaces every indexed item of <paramref name="path"/> with <paramref name="items"/> (one
    /// Lucene document each; pass one whole-page item for a page without news). Items of other
    /// paths are untouched. The path's stamp is unknown ("") until a commit gives one.
    /// </summary>
    public void ReplaceDocument(string path, string doc, IReadOnlyList<NewsItem> items)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(items);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var documents = items.Select(item => NewsItemDocument.Create(path, doc, item)).ToList();
        lock (_gate)
        {
            // UpdateDocuments deletes and adds as one step, so a concurrent flush never sees the page half-replaced.
            _writer.UpdateDocuments(new Term(IndexFields.Path, path), documents);
            _pending[path] = documents.Count == 0 ? null : string.Empty;
        }
    }

    /// <summary>Removes every indexed item of <paramref name="path"/> and its stamp.</summary>
    public void DeleteDocument(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Path, path));
            _pending[path] = null;
        }
    }

    /// <summary>
    /// The source paths in the index as of the last commit, each with the stamp that commit recorded
    /// for it ("" when none was given). Uncommitted changes are not included: this is what a reader
    /// sees and what survives a crash.
    /// </summary>
    public IReadOnlyDictionary<string, string> IndexedDocuments()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            return new Dictionary<string, string>(_committed, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Makes every change since the last commit durable and visible to readers, recording
    /// <paramref name="stamps"/> (path → stamp) with it. A stamp for a path that is not in the index
    /// after this commit is ignored; paths not named keep their previous stamp.
    /// </summary>
    public void Commit(IReadOnlyDictionary<string, string>? stamps = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            var next = new Dictionary<string, string>(_committed, StringComparer.Ordinal);
            foreach (var (path, stamp) in _pending)
            {
                if (stamp is null)
                {
                    next.Remove(path);
                }
                else
                {
                    next[path] = stamp;
                }
            }

            foreach (var (path, stamp) in stamps ?? new Dictionary<string, string>())
            {
                if (next.ContainsKey(path))
                {
                    next[path] = stamp ?? string.Empty;
                }
            }

            _writer.SetCommitData(next.ToDictionary(entry => StampKeyPrefix + entry.Key, entry => entry.Value, StringComparer.Ordinal));
            _writer.Commit();
            _committed = next;
            _pending.Clear();
        }
    }

    /// <summary>Closes the index, discarding every change since the last commit.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        // Lucene's own Dispose would commit pending changes; rolling back is what makes an
        // interrupted ingestion leave the index as it was at the last commit.
        try
        {
            _writer.Rollback();
        }
        finally
        {
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    private static Dictionary<string, string> ReadStamps(IDictionary<string, string>? commitData)
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in commitData ?? new Dictionary<string, string>())
        {
            if (key.StartsWith(StampKeyPrefix, StringComparison.Ordinal))
            {
                stamps[key[StampKeyPrefix.Length..]] = value;
            }
        }

        return stamps;
    }
}

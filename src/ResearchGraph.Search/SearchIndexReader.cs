using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ResearchGraph.Search;

/// <summary>
/// Searches the committed news items of an index, best first. One instance is meant to live as
/// long as the process: each search first picks up the latest commit, and any number of threads
/// may search at once. A folder without an index (yet) simply has no hits.
/// </summary>
public sealed class SearchIndexReader : IDisposable
{
    // Score first; equal scores fall back to the newest item, then source order, so the same
    // index always answers in the same order.
    private static readonly Sort Order = new(
        SortField.FIELD_SCORE,
        new SortField(IndexFields.DateSort, SortFieldType.STRING, true),
        new SortField(IndexFields.Path, SortFieldType.STRING),
        new SortField(IndexFields.Start, SortFieldType.INT64));

    private readonly LuceneDirectory _directory;
    private readonly EnglishAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly System.Threading.Lock _gate = new();
    private readonly StoredItems _stored = new();

    // Null until the folder holds a committed index; SearcherManager then refreshes with
    // DirectoryReader.OpenIfChanged and reference-counts readers, so a refresh never closes a
    // reader another thread is still searching.
    private volatile SearcherManager? _searchers;
    private bool _disposed;

    private SearchIndexReader(LuceneDirectory directory) => _directory = directory;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>; the folder need not exist yet.</summary>
    public static SearchIndexReader Open(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        return new SearchIndexReader(FSDirectory.Open(indexDirectory));
    }

    /// <summary>
    /// Runs <paramref name="request"/> against the latest commit. Throws
    /// <see cref="SearchQueryException"/> when the query or a filter is invalid, whether or not the
    /// index exists.
    /// </summary>
    public SearchResults Search(SearchRequest request)
    {
        var query = SearchQuery.Build(request, _analyzer);
        var searchers = Searchers();
        if (searchers is null)
        {
            return new SearchResults(0, [], new Dictionary<string, int>(StringComparer.Ordinal));
        }

        searchers.MaybeRefresh();
        var searcher = searchers.Acquire();
        try
        {
            return Run(searcher, query, request);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchQueryException($"The query expands to too many clauses (at most {BooleanQuery.MaxClauseCount}): {e.Message}", e);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index. Searches still running must finish first.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers?.Dispose();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    private SearchResults Run(IndexSearcher searcher, SearchQuery query, SearchRequest request)
    {
        var top = TopFieldCollector.Create(Order, request.Offset + request.Limit, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var counts = new EntityCountingCollector();
        searcher.Search(query.Scoring, query.Filter, MultiCollector.Wrap(top, counts));

        var page = top.GetTopDocs(request.Offset, request.Limit).ScoreDocs;
        var highlighter = new HitHighlighter(query.Scoring, searcher.IndexReader, _analyzer);
        var hits = new List<SearchHit>(page.Length);
        foreach (var scoreDoc in page)
        {
            var item = _stored.Get(searcher, scoreDoc.Doc);
            hits.Add(new SearchHit(item.Path, item.Doc, item.Date, item.Text, highlighter.Highlight(item.Text), scoreDoc.Score, item.EntityIds));
        }

        return new SearchResults(top.TotalHits, hits, counts.Counts);
    }

    private SearcherManager? Searchers()
    {
        if (_searchers is { } ready)
        {
            return ready;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_searchers is null && DirectoryReader.IndexExists(_directory))
            {
                _searchers = new SearcherManager(_directory, null);
            }

            return _searchers;
        }
    }
}

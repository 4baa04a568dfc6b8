using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ResearchGraph.Search;

/// <summary>
/// The stored fields of the items hits have shown, per open reader: a reader never changes, so an
/// item read once (a compressed block decompressed to get it) is kept while that reader is in use,
/// and forgotten with it once a refresh replaces it. Bounded per reader.
/// </summary>
internal sealed class StoredItems
{
    /// <summary>Past this many items a reader's entries are not added to.</summary>
    public const int MaxItemsPerReader = 50_000;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<int, StoredItem>> _byReader = [];

    /// <summary>The stored fields of item <paramref name="doc"/> of the searcher's reader.</summary>
    public StoredItem Get(IndexSearcher searcher, int doc)
    {
        var items = _byReader.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<int, StoredItem>());
        if (items.TryGetValue(doc, out var item))
        {
            return item;
        }

        var document = searcher.Doc(doc);
        item = new StoredItem(
            document.Get(IndexFields.Path),
            document.Get(IndexFields.Doc),
            document.Get(IndexFields.Date),
            document.Get(IndexFields.Text) ?? string.Empty,
            document.GetValues(IndexFields.Entity));
        if (items.Count < MaxItemsPerReader)
        {
            items.TryAdd(doc, item);
        }

        return item;
    }
}

/// <summary>What a hit shows of one indexed news item.</summary>
internal sealed record StoredItem(string Path, string Doc, string? Date, string Text, IReadOnlyList<string> EntityIds);

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ResearchGraph.Search;

/// <summary>
/// Counts, over every matching item, how many mention each entity id. It reads the entity
/// ordinals from sorted-set doc values, counting per segment by ordinal and naming the
/// ordinals once per segment, so the cost per match is a few array increments — the same order
/// as counting the total — and no cap on the number of matches counted is needed.
/// </summary>
internal sealed class EntityCountingCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The counts so far; complete once the search has returned.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _values = context.AtomicReader.GetSortedSetDocValues(IndexFields.Entity);
        _segmentCounts = _values is null ? [] : new int[checked((int)_values.ValueCount)];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        for (var ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd())
        {
            _segmentCounts[ord]++;
        }
    }

    private void FlushSegment()
    {
        if (_values is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0)
            {
                continue;
            }

            _values.LookupOrd(ord, term);
            var id = term.Utf8ToString();
            _counts[id] = _counts.GetValueOrDefault(id) + _segmentCounts[ord];
        }

        _values = null;
        _segmentCounts = [];
    }
}

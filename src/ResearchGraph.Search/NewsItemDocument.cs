using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using ResearchGraph.Domain;

namespace ResearchGraph.Search;

/// <summary>Turns one news item into the Lucene document that indexes it (field layout in <see cref="IndexFields"/>).</summary>
internal static class NewsItemDocument
{
    // Term vectors with positions and offsets let the highlighter reuse the indexed tokens
    // instead of analysing every hit's text again.
    private static readonly FieldType TextType = CreateTextType();

    public static Document Create(string path, string doc, NewsItem item)
    {
        var document = new Document
        {
            new StringField(IndexFields.Path, path, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Path, new BytesRef(path)),
            new StringField(IndexFields.Doc, doc, Field.Store.YES),
            new Field(IndexFields.Text, item.Text, TextType),
            new StoredField(IndexFields.Start, item.Start),
            new NumericDocValuesField(IndexFields.Start, item.Start),
            new SortedDocValuesField(IndexFields.DateSort, new BytesRef(item.Date ?? string.Empty)),
        };

        if (item.Date is not null)
        {
            document.Add(new StoredField(IndexFields.Date, item.Date));
        }

        if (MonthRange.OfItemDate(item.Date) is { } months)
        {
            document.Add(new Int32Field(IndexFields.MonthFirst, months.First, Field.Store.NO));
            document.Add(new Int32Field(IndexFields.MonthLast, months.Last, Field.Store.NO));
        }

        foreach (var entity in item.Mentions.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.Entity, entity, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(IndexFields.Entity, new BytesRef(entity)));
        }

        return document;
    }

    private static FieldType CreateTextType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }
}

namespace ResearchGraph.Search;

/// <summary>The names of the fields of one indexed news item; the writer and the reader share them.</summary>
internal static class IndexFields
{
    /// <summary>Absolute source path (StringField, stored, plus sorted doc values for ordering).</summary>
    public const string Path = "path";

    /// <summary>Source path as shown to users (StringField, stored).</summary>
    public const string Doc = "doc";

    /// <summary>The item's date as the page gives it (stored only).</summary>
    public const string Date = "date";

    /// <summary>Sorted doc values of the date string, for the date tie-break (an undated item sorts as "").</summary>
    public const string DateSort = "date_sort";

    /// <summary>
    /// First month (year*100+month, Int32Field) the item can fall in. A year-only item spans its whole
    /// year, so it starts at month 01 and ends at month 12.
    /// </summary>
    public const string MonthFirst = "month_first";

    /// <summary>Last month (year*100+month, Int32Field) the item can fall in.</summary>
    public const string MonthLast = "month_last";

    /// <summary>The item's text (TextField, stored, term vectors with positions and offsets).</summary>
    public const string Text = "text";

    /// <summary>Offset of the item in the document's visible text (stored, plus numeric doc values for ordering).</summary>
    public const string Start = "start";

    /// <summary>Ids of the entities the item mentions (StringField, stored, multi-valued, plus sorted-set doc values for counting).</summary>
    public const string Entity = "entity";
}

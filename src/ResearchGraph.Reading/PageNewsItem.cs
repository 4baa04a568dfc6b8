namespace ResearchGraph.Reading;

/// <summary>
/// A dated news item found in a page: its date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>)
/// and the span of its text in <see cref="VisiblePage.Text"/> after the date and its separator.
/// </summary>
public sealed record PageNewsItem(string Date, int Start, int End);

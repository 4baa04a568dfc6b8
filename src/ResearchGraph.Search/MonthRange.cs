using ResearchGraph.Domain;

namespace ResearchGraph.Search;

/// <summary>
/// Dates as month keys (year*100+month). A date names the span of months it may fall in: a
/// month or day date one month, a year-only date its whole year, so that a filter keeps an item
/// whenever the item's span overlaps the requested range.
/// </summary>
internal readonly record struct MonthRange(int First, int Last)
{
    /// <summary>The span of an item's date; null when it has none (or one we cannot read).</summary>
    public static MonthRange? OfItemDate(string? date)
    {
        if (!ResearchDate.TryParse(date, out var year, out var month, out _))
        {
            return null;
        }

        return month is { } m ? new MonthRange(year * 100 + m, year * 100 + m) : new MonthRange(year * 100 + 1, year * 100 + 12);
    }

    /// <summary>
    /// Reads a filter bound, <c>YYYY</c> or <c>YYYY-MM</c>; null when absent. A year-only bound
    /// covers its whole year (From 2021 = 2021-01, To 2021 = 2021-12).
    /// </summary>
    public static MonthRange? OfFilterBound(string? bound, string name)
    {
        if (bound is null)
        {
            return null;
        }

        if (!ResearchDate.TryParse(bound.Trim(), out var year, out var month, out var day) || day is not null)
        {
            throw new SearchQueryException($"{name} must be a date as YYYY or YYYY-MM, not '{bound}'.");
        }

        return month is { } m ? new MonthRange(year * 100 + m, year * 100 + m) : new MonthRange(year * 100 + 1, year * 100 + 12);
    }
}
